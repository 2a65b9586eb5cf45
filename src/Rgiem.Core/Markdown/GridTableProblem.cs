namespace Rgiem.Core.Markdown;

/// <summary>What is wrong with a grid table's drawing, for RG2055–RG2057.</summary>
public enum GridTableProblemKind
{
    /// <summary>RG2055: a line that does not start or end on the table's border, or holds a tab.</summary>
    Line,

    /// <summary>RG2056: a border drawn only in part, an empty column or row, a cell that is not a rectangle.</summary>
    Cell,

    /// <summary>RG2057: the header separator ('=') or the alignment colons misplaced.</summary>
    Header,
}

/// <summary>The first fault found in a grid table: zero-based line and column in the table's lines, and what to say.</summary>
public sealed record GridTableProblem(GridTableProblemKind Kind, int Line, int Column, string Message);
