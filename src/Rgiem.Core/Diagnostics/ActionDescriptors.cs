namespace Rgiem.Core.Diagnostics;

/// <summary>RG3xxx: action items (<c>RG-IEM-5:</c>, <c>Action 3:</c>) and the clause-0 summary.</summary>
public static class ActionDescriptors
{
    private const string Category = "Actions";

    public static readonly DiagnosticDescriptor ForeignPrefix = new(
        "RG3001", "Action prefix differs from the group",
        "Action {0} uses the prefix '{1}', but this record's actions use '{2}' (from 'action-prefix' or 'group'). Renumber it as {2}-n, or set action-prefix",
        DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor NumberGap = new(
        "RG3002", "Action numbers out of sequence", "{0} follows {1}; expected {2}. Renumber the actions 1..N in order (rgiem check --fix does it)",
        DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor NumberDuplicate = new(
        "RG3003", "Duplicate action number", "{0} is already used on line {1}; renumber it (rgiem check --fix does it)",
        DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor SummaryExtra = new(
        "RG3004", "Clause 0 lists an action the body lacks",
        "Clause 0 lists {0}, but no {0} follows in the body. Add it after the discussion it comes from, or remove it from clause 0",
        DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor SummaryMissing = new(
        "RG3005", "Action missing from clause 0", "{0} is not listed in clause 0; add it there (rgiem check --fix rewrites clause 0 from the body)",
        DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor SummaryOrder = new(
        "RG3006", "Clause 0 lists the actions in another order",
        "Clause 0 lists {0} in position {1}, but the body has it in position {2}; list the actions in body order",
        DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor SummaryText = new(
        "RG3007", "Clause 0 text differs from the body",
        "The text of {0} in clause 0 differs from the body (line {1}): '{2}' vs '{3}'. Make them identical (rgiem check --fix copies the body's text)",
        DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor MixedStyles = new(
        "RG3008", "Two action styles in one record",
        "This record numbers actions both as '{0}' and as '{1}'; use one style",
        DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor LooksLikeAction = new(
        "RG3020", "Paragraph looks like an action",
        "'{0}' looks like the action label {1}, but it is not written as one, so it is not counted as an action; write it as '{2}' followed by the text",
        DiagnosticSeverity.Warning, Category);

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        ForeignPrefix, NumberGap, NumberDuplicate, SummaryExtra, SummaryMissing, SummaryOrder, SummaryText, MixedStyles,
        LooksLikeAction,
    ];
}
