namespace Rgiem.Core.Diagnostics;

/// <summary>RG5xxx: dates, weekdays, sessions and time ranges.</summary>
public static class DateTimeDescriptors
{
    private const string Category = "DatesAndTimes";

    public static readonly DiagnosticDescriptor WrongWeekday = new(
        "RG5001", "Weekday does not match the date", "'{0}': {1}; correct the weekday or the date",
        DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor NoSuchDate = new(
        "RG5002", "Date does not exist", "'{0}' is not a date: {1} has {2} days; correct the day or the month",
        DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor SessionOutsideMeeting = new(
        "RG5003", "Session outside the meeting dates",
        "Session date {0} is outside the meeting dates ({1}); correct the session date, or meeting.from and meeting.to",
        DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor InvalidTime = new(
        "RG5004", "Invalid time of day",
        "'{0}' is not a time of day: hours run from 00 to 23 and minutes from 00 to 59; correct it",
        DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor TimeRangeReversed = new(
        "RG5005", "Time range ends before it starts",
        "'{0}' ends at {1}, which is not after its start at {2}; correct the times or swap them",
        DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor WrongTimeZone = new(
        "RG5006", "Time zone does not match the date",
        "{0} is not Geneva time on {1}: {2} is in force then; write {2}, or correct the date",
        DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor MixedTimeStyles = new(
        "RG5007", "Two time styles in one record",
        "This record writes {0} time(s) as {1} (such as '{2}') and {3} as {4} (such as '{5}', first here); write every time as {1}",
        DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor ProseDisagreesWithSessions = new(
        "RG5020", "Date or time in the prose disagrees with the sessions",
        "{0}; make the prose and 'sessions:' agree",
        DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor CoverDateOutsideMeeting = new(
        "RG5021", "Date on the cover outside the meeting dates",
        "The {0} says '{1}', but the meeting is {2} (meeting.from/to); correct the date in the {0} or the meeting dates",
        DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor ThreeDigitTime = new(
        "RG5022", "Time written with three digits",
        "'{0}' has three digits; ITU writes times with four ('{1}')",
        DiagnosticSeverity.Warning, Category);

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        WrongWeekday, NoSuchDate, SessionOutsideMeeting, InvalidTime, TimeRangeReversed, WrongTimeZone, MixedTimeStyles,
        ProseDisagreesWithSessions, CoverDateOutsideMeeting, ThreeDigitTime,
    ];
}
