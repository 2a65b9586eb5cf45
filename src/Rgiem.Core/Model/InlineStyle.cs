namespace Rgiem.Core.Model;

public enum InlineStyle
{
    Italic,
    Bold,
    Strikethrough,
    Superscript,
    Subscript,
}
