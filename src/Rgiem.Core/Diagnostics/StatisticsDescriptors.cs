namespace Rgiem.Core.Diagnostics;

/// <summary>RG6xxx: meeting statistics (participants by region), in the front matter and in statistics tables.</summary>
public static class StatisticsDescriptors
{
    private const string Category = "Statistics";

    public static readonly DiagnosticDescriptor ParticipantsSum = new(
        "RG6001", "Participants do not add up",
        "{0}: the regions and TSB add up to {1} ({2}), but the number of participants is {3}; correct the figures so that they agree",
        DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor NotACount = new(
        "RG6002", "Statistics cell is not a count",
        "'{0}' in row '{1}', column '{2}' is not a count; write a whole number of 0 or more (0 when there were none)",
        DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor ReportOutsideMonth = new(
        "RG6003", "Meeting report dated outside the meeting's month",
        "{0} is dated {1}, but the column '{2}' is for {3}; correct the date in the document number or the column header",
        DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor ReportDateInvalid = new(
        "RG6004", "Meeting report date is not a date",
        "'{0}' in {1} is not a date in YYMMDD form; write the date of the meeting, e.g. DOC5 (230131) for 31 January 2023",
        DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor ReportDateOutsideMeeting = new(
        "RG6020", "Meeting report dated outside the meeting",
        "The meeting report {0} is dated {1}, but the meeting is {2}; a meeting's report carries the date of the meeting (YYMMDD)",
        DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor FigureDisagrees = new(
        "RG6021", "Figure in the prose disagrees with the record",
        "The text says {0}, but {1}; correct the text or the figure",
        DiagnosticSeverity.Warning, Category);

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        ParticipantsSum, NotACount, ReportOutsideMonth, ReportDateInvalid,
        ReportDateOutsideMeeting, FigureDisagrees,
    ];
}
