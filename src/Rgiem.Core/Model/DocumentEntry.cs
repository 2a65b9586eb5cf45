namespace Rgiem.Core.Model;

/// <summary>A document considered by the meeting, as listed in the front matter.</summary>
public sealed record DocumentEntry(string Number, string? Title, string? Source);
