namespace Rgiem.Core.Fixing;

/// <summary>The fixed text of a record and a line per change, for the user.</summary>
public sealed record FixResult(string Text, IReadOnlyList<string> Changes);
