using System.Globalization;

namespace Rgiem.Core.Text;

/// <summary>Dates as ITU writes them: "12-16 December 2022", "29 July – 2 August 2024", "Tuesday, 30 July 2024".</summary>
public static class ItuDates
{
    // The invariant culture has English month and day names and works under InvariantGlobalization.
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    public static string Day(DateOnly date) => date.ToString("d MMMM yyyy", English);

    public static string DayWithWeekday(DateOnly date) => date.ToString("dddd, d MMMM yyyy", English);

    /// <summary>A date range: a hyphen inside one month, a spaced en dash across months or years.</summary>
    public static string Range(DateOnly from, DateOnly to)
    {
        if (to <= from)
        {
            return Day(from);
        }

        if (from.Year == to.Year && from.Month == to.Month)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{from.Day}-{Day(to)}");
        }

        if (from.Year == to.Year)
        {
            return from.ToString("d MMMM", English) + " \u2013 " + Day(to);
        }

        return Day(from) + " \u2013 " + Day(to);
    }
}
