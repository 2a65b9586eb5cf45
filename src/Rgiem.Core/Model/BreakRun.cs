namespace Rgiem.Core.Model;

/// <summary>A hard line break inside a paragraph.</summary>
public sealed record BreakRun : Inline;
