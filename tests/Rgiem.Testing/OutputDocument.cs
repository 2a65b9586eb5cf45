namespace Rgiem.Testing;

/// <summary>One document of <see cref="OutputCorpus"/>: a name for messages and file names, the bytes, and whether it is a .dotx.</summary>
public sealed record OutputDocument(string Name, byte[] Bytes, bool Template)
{
    /// <summary>The file name it is written under: the name with / as -, and .docx or .dotx.</summary>
    public string FileName => Name.Replace('/', '-') + (Template ? ".dotx" : ".docx");

    public override string ToString() => Name;
}
