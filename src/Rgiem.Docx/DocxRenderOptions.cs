namespace Rgiem.Docx;

/// <summary>Options of the DOCX renderer.</summary>
/// <param name="Validate">Check every document against the Office 2019 schema before writing it (slower).</param>
/// <param name="Template">A Word template (full path) for every record, instead of the record's own <c>template:</c> (<c>--template</c>).</param>
public sealed record DocxRenderOptions(bool Validate = false, string? Template = null);
