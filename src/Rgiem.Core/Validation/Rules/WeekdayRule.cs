using System.Globalization;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Text;

namespace Rgiem.Core.Validation.Rules;

/// <summary>
/// RG5001: a weekday written beside a date ("Tuesday, 30 July 2024", "Thursday 15 Dec") must be that date's
/// weekday. A date without a year takes it from the record (<see cref="YearInference"/>); when the record
/// leaves the year open, the rule reports only a weekday that is wrong in every candidate year.
/// </summary>
public sealed class WeekdayRule : IRecordRule
{
    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [DateTimeDescriptors.WrongWeekday];

    public void Analyze(RecordContext context)
    {
        foreach (var (segment, date) in context.Dates)
        {
            if (date.Weekday is { } written && Problem(date, written, context) is { } problem)
            {
                context.Report(DateTimeDescriptors.WrongWeekday, segment.Locate(date.Index, date.Length), date.Text, problem);
            }
        }
    }

    private static string? Problem(DateMention date, DayOfWeek written, RecordContext context)
    {
        string weekday = CalendarNames.DayName(written);
        if (date.KnownYear is { } year)
        {
            return date.In(year) is { } day && day.DayOfWeek != written
                ? $"{ItuDates.Day(day)} is a {CalendarNames.DayName(day.DayOfWeek)}, not a {weekday}"
                : null;
        }

        var guess = YearInference.Guess(context.Record.Metadata, date.Month, date.Day);
        var days = guess.Years.Select(date.In).OfType<DateOnly>().ToList();
        if (days.Count == 0 || days.Any(d => d.DayOfWeek == written))
        {
            return null;
        }

        string actual = string.Join(
            " and ",
            days.Select(d => string.Create(CultureInfo.InvariantCulture, $"a {CalendarNames.DayName(d.DayOfWeek)} in {d.Year}")));
        string years = guess.IsCertain ? "the year" : "the years";
        return $"{date.DateText} is {actual} ({years} from {guess.Basis}), not a {weekday}";
    }
}
