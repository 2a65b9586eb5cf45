namespace Rgiem.Docx.Import;

/// <summary>
/// What the importer needs of one style: its name, the style it is based on, the numbering it gives its
/// paragraphs, its outline level, and for character styles whether they make text bold or italic.
/// </summary>
internal sealed record StyleInfo(string Id, string Name, string? BasedOn)
{
    public int? NumberingId { get; init; }

    public int? NumberingLevel { get; init; }

    public int? OutlineLevel { get; init; }

    public bool? Bold { get; init; }

    public bool? Italic { get; init; }
}
