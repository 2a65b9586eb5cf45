namespace Rgiem.Core.Text;

/// <summary>
/// A calendar date written in prose: "Tuesday, 30 July 2024", "Thursday 15 Dec", "1 August", "July 30, 2024".
/// <see cref="Index"/> and <see cref="Length"/> span the whole mention, weekday included.
/// </summary>
/// <param name="Text">The mention as written.</param>
/// <param name="DateIndex">Offset of the date itself, after the weekday.</param>
/// <param name="Weekday">The weekday written beside the date, if any.</param>
/// <param name="WeekdayText">The weekday as written ("Tue"), if any.</param>
/// <param name="Day">The day of the month as written (not necessarily a real day).</param>
/// <param name="Month">The month, 1-12.</param>
/// <param name="Year">The year written with the date, if any.</param>
/// <param name="RangeYear">
/// For a date without a year that starts a range ("30 July – 2 August 2024"), the year the range gives it.
/// </param>
public sealed record DateMention(
    int Index,
    int Length,
    string Text,
    int DateIndex,
    DayOfWeek? Weekday,
    string? WeekdayText,
    int Day,
    int Month,
    int? Year,
    int? RangeYear)
{
    public int End => Index + Length;

    /// <summary>The year written or given by the range, if any.</summary>
    public int? KnownYear => Year ?? RangeYear;

    /// <summary>"30 July" or "30 July 2024": the date part, as ITU writes it.</summary>
    public string DateText => KnownYear is { } year
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Day} {CalendarNames.MonthName(Month)} {year}")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Day} {CalendarNames.MonthName(Month)}");

    /// <summary>The date in <paramref name="year"/>, or null when the day does not exist in that month.</summary>
    public DateOnly? In(int year) =>
        year is >= 1 and <= 9999 && Day >= 1 && Day <= DateTime.DaysInMonth(year, Month) ? new DateOnly(year, Month, Day) : null;
}
