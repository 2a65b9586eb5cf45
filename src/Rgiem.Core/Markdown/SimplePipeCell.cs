namespace Rgiem.Core.Markdown;

/// <summary>
/// The text of one cell of a <see cref="SimplePipeTableBlock"/>: at <paramref name="Start"/> in the parsed text,
/// <paramref name="Length"/> characters without the blanks around it, on line <paramref name="Line"/> at
/// <paramref name="Column"/> (zero-based).
/// </summary>
public readonly record struct SimplePipeCell(int Line, int Column, int Start, int Length);
