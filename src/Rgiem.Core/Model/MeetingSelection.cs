using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Model;

/// <summary>
/// The meetings a progress report covers (front matter <c>covers</c>): record files or globs, a date range,
/// or both (then the files whose meeting starts in the range). With dates only, the meetings of the report's group.
/// </summary>
/// <param name="Files">Paths or globs relative to the progress report; empty when only dates are given.</param>
/// <param name="From">First day of the range, inclusive.</param>
/// <param name="To">Last day of the range, inclusive.</param>
/// <param name="Location">Where <c>covers</c> is written.</param>
public sealed record MeetingSelection(IReadOnlyList<CoverPattern> Files, DateOnly? From, DateOnly? To, SourceLocation Location)
{
    public bool HasDates => From is not null || To is not null;

    /// <summary>True when <paramref name="date"/> is inside the range (a missing bound is open).</summary>
    public bool InRange(DateOnly date) => (From is not { } from || date >= from) && (To is not { } to || date <= to);
}
