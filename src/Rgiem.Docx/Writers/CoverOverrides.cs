namespace Rgiem.Docx.Writers;

/// <summary>
/// Texts the cover shows instead of the record's, for the exported template (where each value is a
/// <c>{{field}}</c> marker); null keeps the record's value.
/// </summary>
internal sealed record CoverOverrides(string? Number = null, string? TypeLine = null, string? Meeting = null, string? Deadline = null, bool LinkEmails = true)
{
    public static CoverOverrides None { get; } = new();
}
