namespace Rgiem.Docx;

/// <summary>Options of the DOCX renderer.</summary>
/// <param name="Validate">Check every document against the Office 2019 schema before writing it (slower).</param>
public sealed record DocxRenderOptions(bool Validate = false);
