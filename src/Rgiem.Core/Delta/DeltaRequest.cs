namespace Rgiem.Core.Delta;

/// <summary>What <c>rgiem delta</c> compares: two files, or one file at a git revision and at another (or as it is now).</summary>
/// <param name="Old">The old version; with <paramref name="From"/>, the file whose revisions are compared.</param>
/// <param name="New">The new version; null with <paramref name="From"/>.</param>
/// <param name="Author">The author of the revisions, or null for the default (<see cref="DeltaInputs.Author"/>).</param>
/// <param name="Date">The date of the revisions, or null for the default (<see cref="DeltaInputs.Date"/>).</param>
public sealed record DeltaRequest(string WorkingDirectory, string Old, string? New, string? From, string? To, string? Author, DateOnly? Date);
