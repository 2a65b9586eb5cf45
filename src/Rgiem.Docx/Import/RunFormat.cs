namespace Rgiem.Docx.Import;

/// <summary>The character formatting the Markdown of a record can say.</summary>
[Flags]
internal enum RunFormat
{
    None = 0,
    Bold = 1,
    Italic = 2,
    Strike = 4,
    Superscript = 8,
    Subscript = 16,
}
