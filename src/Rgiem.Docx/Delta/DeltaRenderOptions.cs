namespace Rgiem.Docx.Delta;

/// <summary>Options of <see cref="DeltaRenderer"/>.</summary>
/// <param name="Author">The author every revision is attributed to.</param>
/// <param name="Date">The date of every revision; null writes revisions without a date (never the clock).</param>
/// <param name="Validate">Check the document against the Office 2019 schema before returning it.</param>
public sealed record DeltaRenderOptions(string Author, DateTime? Date, bool Validate = true);
