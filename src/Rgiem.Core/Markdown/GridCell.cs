namespace Rgiem.Core.Markdown;

/// <summary>
/// One cell of a grid table: its place in the grid (first row and column, spans) and its text with the
/// zero-based line and column, in the table's lines, where that text starts.
/// </summary>
public sealed record GridCell(int Row, int Column, int RowSpan, int ColumnSpan, string Text, int TextLine, int TextColumn);
