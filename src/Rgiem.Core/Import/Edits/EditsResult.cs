namespace Rgiem.Core.Import.Edits;

/// <summary>The record's text with the edits written in (or applied, with <c>--accept</c>), and how many were placed (<see cref="CoverFields"/>: cover fields changed in the front matter).</summary>
public sealed record EditsResult(string Text, int Insertions, int Deletions, int Comments, int CoverFields = 0);
