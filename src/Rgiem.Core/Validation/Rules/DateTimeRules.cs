namespace Rgiem.Core.Validation.Rules;

/// <summary>The RG5xxx date and time rules, in the order they run.</summary>
public static class DateTimeRules
{
    public static IReadOnlyList<IRecordRule> All { get; } =
    [
        new WeekdayRule(),
        new CalendarDateRule(),
        new SessionDateRule(),
        new TimeValueRule(),
        new TimeZoneRule(),
        new TimeStyleRule(),
        new SessionProseRule(),
        new CoverDateRule(),
        new ThreeDigitTimeRule(),
    ];
}
