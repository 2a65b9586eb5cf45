namespace Rgiem.Core.Text;

/// <summary>
/// Geneva's civil time: CET (UTC+1) in winter, CEST (UTC+2) from 01:00 UTC on the last Sunday of March to
/// 01:00 UTC on the last Sunday of October, the rule of the European Union that Switzerland follows.
/// </summary>
public static class GenevaTime
{
    public const string Winter = "CET";

    public const string Summer = "CEST";

    /// <summary>
    /// The zone in force on <paramref name="date"/> at <paramref name="minutes"/> after local midnight (if known):
    /// "CET" or "CEST", or null on a changeover day when the time does not settle it.
    /// </summary>
    public static string? ZoneOn(DateOnly date, int? minutes = null)
    {
        var summerStart = LastSunday(date.Year, 3);
        var summerEnd = LastSunday(date.Year, 10);
        if (date > summerStart && date < summerEnd)
        {
            return Summer;
        }

        if (date < summerStart || date > summerEnd)
        {
            return Winter;
        }

        // Changeover day: 02:00 CET becomes 03:00 CEST in March; 03:00 CEST becomes 02:00 CET in October.
        bool march = date == summerStart;
        return minutes switch
        {
            < 120 => march ? Winter : Summer,
            >= 180 => march ? Summer : Winter,
            _ => null,
        };
    }

    public static DateOnly LastSunday(int year, int month)
    {
        var day = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return day.AddDays(-(int)day.DayOfWeek);
    }
}
