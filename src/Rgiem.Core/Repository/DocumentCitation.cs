namespace Rgiem.Core.Repository;

/// <summary>One place a document is cited.</summary>
/// <param name="Path">The display path of the file.</param>
/// <param name="Line">One-based line.</param>
/// <param name="Column">One-based column.</param>
/// <param name="Text">The number as written there (<c>TD666R4</c>).</param>
/// <param name="Revision">The revision cited, 0 for the original; null for a meeting document (<c>DOC5 (230131)</c>), which has no revisions.</param>
public sealed record DocumentCitation(string Path, int Line, int Column, string Text, int? Revision);
