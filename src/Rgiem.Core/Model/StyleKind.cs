namespace Rgiem.Core.Model;

/// <summary>The kind of Word style a role needs.</summary>
public enum StyleKind
{
    Paragraph,
    Character,
    Table,
}
