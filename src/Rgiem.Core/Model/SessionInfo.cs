namespace Rgiem.Core.Model;

/// <summary>One session of the group: its date and, as written, its time range ("1615-1740 hours").</summary>
public sealed record SessionInfo(DateOnly Date, string? Time, string? Note);
