using System.Globalization;

namespace Rgiem.Core.Text;

/// <summary>
/// English month and weekday names, full or abbreviated ("Dec", "Sept", "Thurs"), read with the invariant
/// culture's names so that lookups work under InvariantGlobalization.
/// </summary>
public static class CalendarNames
{
    private static readonly DateTimeFormatInfo English = CultureInfo.InvariantCulture.DateTimeFormat;

    /// <summary>The month (1-12) a name or abbreviation stands for, or null.</summary>
    public static int? Month(string name) => Month(name.AsSpan());

    /// <summary><see cref="Month(string)"/> of a name in a text, without making a string of it.</summary>
    public static int? Month(ReadOnlySpan<char> name)
    {
        var word = name.TrimEnd('.');
        if (word.Length < 3)
        {
            return null;
        }

        for (int month = 1; month <= 12; month++)
        {
            string full = English.GetMonthName(month);
            if (full.AsSpan().StartsWith(word, StringComparison.Ordinal))
            {
                return month;
            }
        }

        return null;
    }

    /// <summary>The weekday a name or abbreviation ("Tue", "Tues", "Tuesday") stands for, or null.</summary>
    public static DayOfWeek? Weekday(string name)
    {
        var word = name.AsSpan().TrimEnd('.');
        if (word.Length < 3)
        {
            return null;
        }

        // Sunday to Saturday, the order of Enum.GetValues<DayOfWeek>() (without making its array a call).
        for (var day = DayOfWeek.Sunday; day <= DayOfWeek.Saturday; day++)
        {
            if (English.GetDayName(day).AsSpan().StartsWith(word, StringComparison.Ordinal))
            {
                return day;
            }
        }

        return null;
    }

    public static string MonthName(int month) => English.GetMonthName(month);

    public static string DayName(DayOfWeek day) => English.GetDayName(day);
}
