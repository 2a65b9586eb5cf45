namespace Rgiem.Core.Text;

/// <summary>One time of day as written ("1615", "08:15"), valid or not; <see cref="Index"/> is its offset in the text.</summary>
public sealed record ClockTime(int Index, string Text, int Hour, int Minute, TimeStyle Style)
{
    public int Length => Text.Length;

    public bool IsValid => Hour is >= 0 and <= 23 && Minute is >= 0 and <= 59;

    /// <summary>Minutes since midnight.</summary>
    public int TotalMinutes => (Hour * 60) + Minute;
}
