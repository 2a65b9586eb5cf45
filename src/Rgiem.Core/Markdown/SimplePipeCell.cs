namespace Rgiem.Core.Markdown;

/// <summary>
/// One cell of a <see cref="SimplePipeTableBlock"/>: its <paramref name="Text"/> without the blanks around it, which
/// starts on line <paramref name="Line"/> at <paramref name="Column"/> (zero-based).
/// </summary>
public readonly record struct SimplePipeCell(int Line, int Column, string Text);
