namespace Rgiem.Core.Text;

/// <summary>
/// A time or time range written in prose or in a session's <c>time</c>: "1615-1740 hours", "08:15 to 09:30 hours",
/// "1300-1500 CET", "(1615-1730)", "16:05 hours".
/// </summary>
/// <param name="Index">Offset of the first time.</param>
/// <param name="Length">Length up to the end of the last time (the "hours" suffix and the zone excluded).</param>
/// <param name="Start">The first (or only) time.</param>
/// <param name="End">The end of a range, if it is one.</param>
/// <param name="Zone">The time zone written after the time (CET, CEST, UTC, GMT, Geneva time, local time), if any.</param>
/// <param name="ZoneIndex">Offset of <paramref name="Zone"/>, or -1.</param>
public sealed record TimeMention(int Index, int Length, string Text, ClockTime Start, ClockTime? End, string? Zone, int ZoneIndex)
{
    public IEnumerable<ClockTime> Times => End is null ? [Start] : [Start, End];
}
