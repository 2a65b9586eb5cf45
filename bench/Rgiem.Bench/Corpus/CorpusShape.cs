namespace Rgiem.Bench.Corpus;

/// <summary>The generator's profile (<c>--shape</c>), so that the figures are not tuned to one kind of record.</summary>
internal enum CorpusShape
{
    /// <summary>3.5–13.5 KB, 8–12 clauses, 6–14 documents, one flat bullet list, one numbered list, one table, 2–6 actions.</summary>
    Standard,

    /// <summary>
    /// about 4–24 KB (the fixed parts make the small ones), 5–16 clauses, 3–20 documents (more revisions), nested bullet lists, a second four-column table,
    /// 1–9 actions: records half and twice the usual size, many more lists and tables.
    /// </summary>
    Varied,
}
