namespace Rgiem.Core.Model;

/// <summary>
/// Participation figures of a meeting, by ITU region plus TSB, as in the statistics annex of a
/// progress report. Any figure may be absent.
/// </summary>
public sealed record MeetingStatistics(
    int? Participants,
    int? Africa,
    int? Americas,
    int? ArabStates,
    int? AsiaPacific,
    int? Cis,
    int? Europe,
    int? Tsb,
    int? Documents,
    string? Report);
