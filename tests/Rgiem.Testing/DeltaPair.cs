namespace Rgiem.Testing;

/// <summary>One pair of the delta corpus: a name and the old and new Markdown texts.</summary>
public sealed record DeltaPair(string Name, string Old, string New)
{
    public override string ToString() => Name;
}
