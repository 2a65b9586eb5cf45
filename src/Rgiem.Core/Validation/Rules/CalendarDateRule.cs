using System.Globalization;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Text;

namespace Rgiem.Core.Validation.Rules;

/// <summary>
/// RG5002: a date written in prose must exist ("31 April" does not). Only days 1 to 31 are taken for days of
/// the month, so that other numbers next to a month name are left alone; 29 February without a year is
/// reported only when the record's year is certain and not a leap year.
/// </summary>
public sealed class CalendarDateRule : IRecordRule
{
    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [DateTimeDescriptors.NoSuchDate];

    public void Analyze(RecordContext context)
    {
        foreach (var (segment, date) in context.Dates)
        {
            if (date.Day is < 1 or > 31)
            {
                continue;
            }

            int? year = date.KnownYear;
            if (year is null && date.Month == 2 && date.Day == 29)
            {
                var guess = YearInference.Guess(context.Record.Metadata, date.Month, date.Day);
                year = guess.IsCertain ? guess.Years[0] : null;
            }

            // Without a year, a leap year is assumed: only 29 February depends on it.
            int days = DateTime.DaysInMonth(year ?? 2024, date.Month);
            if (date.Day <= days)
            {
                continue;
            }

            string month = year is { } y && date.Month == 2
                ? string.Create(CultureInfo.InvariantCulture, $"{CalendarNames.MonthName(2)} {y}")
                : CalendarNames.MonthName(date.Month);
            int length = date.End - date.DateIndex;
            context.Report(
                DateTimeDescriptors.NoSuchDate,
                segment.Locate(date.DateIndex, length),
                segment.Text.Substring(date.DateIndex, length),
                month,
                days);
        }
    }
}
