using System.Globalization;
using Rgiem.Core.Model;

namespace Rgiem.Core.Validation;

/// <summary>
/// Infers the year of a date written without one ("Thursday, 1 August") from the record: the meeting dates,
/// else the document date, else the session dates, else the study period.
/// </summary>
public static class YearInference
{
    /// <summary>A date this close to the anchor (in days) is taken to be in the anchor's year.</summary>
    private const int CertainWithin = 45;

    /// <summary>Other candidate years lie within a year of the anchor.</summary>
    private const int PossibleWithin = 366;

    public static YearGuess Guess(RecordMetadata metadata, int month, int day)
    {
        if (month is < 1 or > 12 || day < 1)
        {
            return YearGuess.None;
        }

        if (Anchor(metadata) is not { } anchor)
        {
            return FromStudyPeriod(metadata.StudyPeriod);
        }

        var distances = new List<(int Year, int Distance)>();
        for (int year = anchor.From.Year - 1; year <= anchor.To.Year + 1; year++)
        {
            var probe = new DateOnly(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
            int distance = probe < anchor.From ? anchor.From.DayNumber - probe.DayNumber
                : probe > anchor.To ? probe.DayNumber - anchor.To.DayNumber
                : 0;
            distances.Add((year, distance));
        }

        var closest = distances.MinBy(d => d.Distance);
        if (closest.Distance <= CertainWithin)
        {
            return new YearGuess([closest.Year], anchor.Basis);
        }

        return new YearGuess([.. distances.Where(d => d.Distance <= PossibleWithin).Select(d => d.Year)], anchor.Basis);
    }

    private static (DateOnly From, DateOnly To, string Basis)? Anchor(RecordMetadata metadata)
    {
        if (metadata.Meeting?.From is { } from && from.Year > 1 && from.Year < 9999)
        {
            var to = metadata.Meeting.To is { } end && end >= from && end.Year < 9999 ? end : from;
            return (from, to, "the meeting dates");
        }

        if (metadata.Date is { } date && date.Year > 1 && date.Year < 9999)
        {
            return (date, date, "the document date");
        }

        var sessions = metadata.Sessions.Select(s => s.Date).Where(d => d.Year > 1 && d.Year < 9999).ToList();
        if (sessions.Count > 0)
        {
            return (sessions.Min(), sessions.Max(), "the session dates");
        }

        return null;
    }

    private static YearGuess FromStudyPeriod(string? studyPeriod)
    {
        if (studyPeriod is null || studyPeriod.Length != 9 || studyPeriod[4] != '-'
            || !int.TryParse(studyPeriod.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int first)
            || !int.TryParse(studyPeriod.AsSpan(5, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int last)
            || first < 1 || last < first || last - first > 8)
        {
            return YearGuess.None;
        }

        return new YearGuess([.. Enumerable.Range(first, last - first + 1)], "the study period " + studyPeriod);
    }
}
