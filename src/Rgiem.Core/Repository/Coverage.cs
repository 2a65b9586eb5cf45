namespace Rgiem.Core.Repository;

/// <summary>The meetings a progress report covers, in date order (meetings without a date last, by path).</summary>
public sealed record Coverage(ProjectRecord Report, IReadOnlyList<ProjectRecord> Meetings);
