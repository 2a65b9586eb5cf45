using Rgiem.Core.Diagnostics;
using Rgiem.Core.Text;

namespace Rgiem.Core.Validation.Rules;

/// <summary>
/// RG5006: CET or CEST written after a time must be the zone Geneva is on at that date (CEST from the last
/// Sunday of March to the last Sunday of October). The date is a session's date for <c>sessions[].time</c>,
/// else the date written next to the time in the same sentence or list item; a time with no date near it
/// is not checked.
/// </summary>
public sealed class TimeZoneRule : IRecordRule
{
    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [DateTimeDescriptors.WrongTimeZone];

    public void Analyze(RecordContext context)
    {
        foreach (var time in context.Times)
        {
            var mention = time.Mention;
            if (mention.Zone is not (GenevaTime.Winter or GenevaTime.Summer))
            {
                continue;
            }

            var (days, dateText) = Dates(time, context);
            int? minutes = mention.Start.IsValid ? mention.Start.TotalMinutes : null;
            var expected = days.Select(d => GenevaTime.ZoneOn(d, minutes)).ToList();
            if (expected.Count == 0 || expected.Any(zone => zone is null || zone == mention.Zone))
            {
                continue;
            }

            context.Report(
                DateTimeDescriptors.WrongTimeZone,
                time.Locate(mention.ZoneIndex, mention.Zone.Length),
                mention.Zone,
                dateText,
                expected[0]);
        }
    }

    /// <summary>The day(s) the time may be on: one when the year is known, the candidate years otherwise.</summary>
    private static (IReadOnlyList<DateOnly> Days, string Text) Dates(LocatedTime time, RecordContext context)
    {
        if (time.SessionDate is { } session)
        {
            return ([session], ItuDates.Day(session));
        }

        if (NearbyDate.Of(time) is not { } date)
        {
            return ([], string.Empty);
        }

        if (date.KnownYear is { } year)
        {
            return date.In(year) is { } day ? ([day], ItuDates.Day(day)) : ([], string.Empty);
        }

        var guess = YearInference.Guess(context.Record.Metadata, date.Month, date.Day);
        var days = guess.Years.Select(date.In).OfType<DateOnly>().ToList();
        return (days, guess.IsCertain && days.Count == 1 ? ItuDates.Day(days[0]) : date.DateText);
    }
}
