namespace Rgiem.Core.Diagnostics;

/// <summary>RG9xxx: checks across the records of a project (a repository of meetings), run after the per-record checks.</summary>
public static class RepositoryDescriptors
{
    private const string Category = "Repository";

    public static readonly DiagnosticDescriptor DuplicateNumber = new(
        "RG9001", "Document number used by two records",
        "{0} is also the number of '{1}'; each record needs its own document number",
        DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor DuplicateActionId = new(
        "RG9002", "Action identifier defined by two meetings",
        "{0} is also defined by '{1}', another meeting of {2} with the action prefix '{3}'; give each meeting its own 'action-prefix'",
        DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor OverlappingMeetings = new(
        "RG9003", "Meeting dates overlap",
        "This meeting of {0} ({1}) overlaps the meeting of '{2}' ({3}); correct the dates, or keep one record per meeting",
        DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor CoversNothing = new(
        "RG9004", "Covers selects no meeting",
        "{0} selects no meeting record{1}; check the path, the glob or the dates",
        DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor CoveredMeetingIncomplete = new(
        "RG9005", "Covered meeting lacks statistics or a date",
        "The covered meeting '{0}' has no {1}; {2}",
        DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor StatisticsDisagree = new(
        "RG9006", "Statistics table disagrees with the meeting records",
        "{0}; correct the table, or replace it with '```{{statistics}}' to generate it from the meeting records",
        DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor UnknownAction = new(
        "RG9007", "Action status names an unknown action",
        "No meeting record of this project defines {0}{1}; check the identifier and 'of'",
        DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor AmbiguousAction = new(
        "RG9008", "Action status names an action of several meetings",
        "{0} is defined by {1}; add 'of:' with the document number of the meeting meant",
        DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor CoveredFileNotMeeting = new(
        "RG9009", "Covered file is not a meeting record",
        "'{0}' in 'covers' {1}",
        DiagnosticSeverity.Error, Category);

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        DuplicateNumber, DuplicateActionId, OverlappingMeetings, CoversNothing, CoveredMeetingIncomplete, StatisticsDisagree,
        UnknownAction, AmbiguousAction, CoveredFileNotMeeting,
    ];
}
