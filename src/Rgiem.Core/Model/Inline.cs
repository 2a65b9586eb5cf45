namespace Rgiem.Core.Model;

/// <summary>A piece of inline content of a paragraph, heading or table cell.</summary>
public abstract record Inline;
