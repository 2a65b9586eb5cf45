using DocumentFormat.OpenXml.Wordprocessing;

namespace Rgiem.Docx.Import;

/// <summary>A heading or caption that a cross-reference may cite: its id in the record (<c>sec:participation</c>), its kind (<c>sec</c>, <c>fig</c>, <c>tbl</c>) and its paragraph.</summary>
internal sealed record CrossReferenceTarget(string Id, string Kind, Paragraph Paragraph);
