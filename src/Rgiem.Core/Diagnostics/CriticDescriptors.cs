namespace Rgiem.Core.Diagnostics;

/// <summary>RG2050–RG2054: CriticMarkup (tracked changes and comments) in a record.</summary>
public static class CriticDescriptors
{
    private const string Category = "Structure";

    public static readonly DiagnosticDescriptor Unclosed = new(
        "RG2050", "CriticMarkup not closed",
        "'{0}' opens {1} that is not closed by '{2}' in the same paragraph and at the same level of emphasis or link; close it, or write '\\{{' if the brace is text",
        DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor ClosesNothing = new(
        "RG2051", "CriticMarkup closes nothing",
        "'{0}' closes {1} that was not opened by '{2}' before it in the same paragraph and at the same level of emphasis or link; open it, or write '\\{3}' if it is text",
        DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor Substitution = new(
        "RG2052", "Substitution without one '~>'",
        "A substitution is written '{{~~old text~>new text~~}}' with exactly one '~>'; this one has {0}",
        DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor AttributionDate = new(
        "RG2053", "Attribution date is not a date",
        "'{0}' is not a date; write the date of a change or a comment as YYYY-MM-DD, or YYYY-MM-DDTHH:MMZ (UTC), e.g. '@alice 2026-12-01:'",
        DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor Nested = new(
        "RG2054", "CriticMarkup inside CriticMarkup",
        "'{0}' is inside {1}; CriticMarkup does not nest: close the first before opening the next (a comment on a change follows it: '{{++new++}}{{>>why<<}}')",
        DiagnosticSeverity.Error, Category);

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = [Unclosed, ClosesNothing, Substitution, AttributionDate, Nested];
}
