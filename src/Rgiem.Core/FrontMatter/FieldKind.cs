namespace Rgiem.Core.FrontMatter;

/// <summary>The type of a front matter field; drives validation, binding and the JSON Schema.</summary>
public enum FieldKind
{
    /// <summary>A single line or paragraph of plain text.</summary>
    Text,

    /// <summary>Markdown text (block scalar recommended).</summary>
    Markdown,

    /// <summary>An ISO date, YYYY-MM-DD.</summary>
    Date,

    /// <summary>A whole number, 0 or more.</summary>
    Count,

    /// <summary>A list of text values; a single string is split on semicolons.</summary>
    TextList,

    /// <summary>One of <see cref="FieldSpec.AllowedValues"/> (case-insensitive).</summary>
    Choice,

    /// <summary>A mapping with its own <see cref="FieldSpec.Fields"/>; with a <see cref="FieldSpec.ShorthandKey"/>, any other value stands for that field.</summary>
    Object,

    /// <summary>A list of mappings with <see cref="FieldSpec.Fields"/>; a plain item is shorthand for <see cref="FieldSpec.ShorthandKey"/>.</summary>
    ObjectList,

    /// <summary>An ITU-T document number such as TSAG-TD521.</summary>
    DocumentNumber,

    /// <summary>A study period, YYYY-YYYY.</summary>
    StudyPeriod,

    /// <summary>An identifier prefix such as RG-IEM.</summary>
    Identifier,

    /// <summary>A group name as ITU writes it: RG-IEM, WP2/TSAG, Q4/19, SG17, FG-AI4H.</summary>
    GroupName,

    /// <summary>A file path, relative to the file that names it.</summary>
    Path,

    /// <summary>true or false.</summary>
    Boolean,
}
