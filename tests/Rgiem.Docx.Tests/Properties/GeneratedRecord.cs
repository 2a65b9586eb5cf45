using System.Text;

namespace Rgiem.Docx.Tests.Properties;

/// <summary>
/// A generated record: its text, the words a reader must find in its document, and the bytes on disk
/// (the UTF-8 text, sometimes with an invalid sequence or a lone surrogate spliced in).
/// </summary>
public sealed record GeneratedRecord(string Text, IReadOnlyList<string> Words, byte[] Bytes)
{
    /// <summary>How a failing case is printed by CsCheck: the record as it would be saved in Regressions/.</summary>
    public override string ToString() =>
        "\n----- record (save the bytes below as Properties/Regressions/<name>.md) -----\n"
        + Encoding.UTF8.GetString(Bytes)
        + "\n----- base64 -----\n" + Convert.ToBase64String(Bytes) + "\n";
}
