namespace Rgiem.Core.Validation;

/// <summary>Where a piece of prose comes from.</summary>
public enum ProseOrigin
{
    /// <summary>A paragraph of the body (also inside lists and quotes).</summary>
    Paragraph,

    /// <summary>The title of a heading, without its number.</summary>
    Heading,

    /// <summary>The text of an action item, after its label.</summary>
    Action,

    /// <summary>One cell of a table.</summary>
    TableCell,

    /// <summary>A text field of the front matter (title, abstract, the action paragraph…).</summary>
    FrontMatter,
}
