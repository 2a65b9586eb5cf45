namespace Rgiem.Core.Diagnostics;

/// <summary>
/// RG7xxx: submission readiness (placeholders, repeated words, spelling of body names, layout by spaces,
/// the document number). The text rules are warnings while drafting; with <c>--final</c> they are reported
/// through their error twin (<see cref="ForMode"/>): same ID, error severity, and a message that says why.
/// </summary>
public static class ReadinessDescriptors
{
    private const string Category = "Readiness";

    /// <summary>Appended to the message of an escalated diagnostic, so that the reason for the error is visible.</summary>
    /// <remarks>It stays true when a <c>rules:</c> override in rgiem.yaml sets another severity.</remarks>
    public const string FinalSuffix = " (--final: the document is not ready for submission)";

    public static readonly DiagnosticDescriptor Placeholder = new(
        "RG7001", "Placeholder left in the text",
        "'{0}' is a placeholder; replace it with the final text or delete it",
        DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor RepeatedWords = new(
        "RG7002", "Word or phrase repeated",
        "'{0}' is written twice in a row; delete one of them",
        DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor BodyNameMisspelt = new(
        "RG7003", "ITU sector name misspelt",
        "'{0}' should be written '{1}', with a hyphen",
        DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor LayoutWhitespace = new(
        "RG7004", "Tabs or spaces used for layout",
        "{0} inside a paragraph is manual layout, which Word re-flows; replace it with one space (use a list, a table or a new paragraph to lay text out)",
        DiagnosticSeverity.Warning, Category);

    /// <summary>Reported only with <c>--final</c>, so its default severity is error.</summary>
    public static readonly DiagnosticDescriptor NumberMissing = new(
        "RG7005", "Document number missing",
        "This record has no 'number'; a document cannot be submitted without the number TSB assigned to it. Add 'number: TSAG-TDnnn' (the real number) to the front matter",
        DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor NameNearMiss = new(
        "RG7020", "Name nearly matches one of the record's names",
        "'{0}' looks like a misspelling of '{1}' ({2}); write '{1}'",
        DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor MixedHonorifics = new(
        "RG7021", "Honorific written two ways",
        "This record writes '{0}' here and '{1}' on line {2}; write honorifics one way (ITU writes them without a full stop: Mr, Ms, Dr)",
        DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor ReviewMarks = new(
        "RG7030", "Review mark not resolved",
        "{0} is still in the record ('{1}'); accept or reject it (write the text as agreed and remove the marks) before the document is submitted",
        DiagnosticSeverity.Warning, Category);

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        Placeholder, RepeatedWords, BodyNameMisspelt, LayoutWhitespace, NumberMissing,
        NameNearMiss, MixedHonorifics, ReviewMarks,
    ];

    private static readonly IReadOnlyDictionary<string, DiagnosticDescriptor> Twins =
        All.ToDictionary(
            d => d.Id,
            d => d.DefaultSeverity == DiagnosticSeverity.Error
                ? d
                : d with { DefaultSeverity = DiagnosticSeverity.Error, MessageFormat = d.MessageFormat + FinalSuffix },
            StringComparer.Ordinal);

    /// <summary>
    /// The descriptor a readiness rule reports with: the descriptor itself while drafting; with
    /// <paramref name="final"/>, its error twin (same ID and title, default severity error, message ending in
    /// <see cref="FinalSuffix"/>). Project overrides (<c>rules:</c> in rgiem.yaml) still apply to the twin.
    /// </summary>
    public static DiagnosticDescriptor ForMode(DiagnosticDescriptor descriptor, bool final) =>
        final && Twins.TryGetValue(descriptor.Id, out var twin) ? twin : descriptor;
}
