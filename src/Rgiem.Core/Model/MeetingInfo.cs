namespace Rgiem.Core.Model;

/// <summary>Where and when the parent body met ("Geneva, 29 July – 2 August 2024").</summary>
public sealed record MeetingInfo(string? Place, DateOnly? From, DateOnly? To);
