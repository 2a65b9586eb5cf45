using DocumentFormat.OpenXml.Wordprocessing;
using Rgiem.Core.Model;
using Rgiem.Docx.HouseStyle;

namespace Rgiem.Docx.Writers;

/// <summary>The character formatting in effect for a run: emphasis nesting, code, links and CriticMarkup highlights.</summary>
internal readonly record struct RunStyleSet(bool Bold, bool Italic, bool Strike, bool Superscript, bool Subscript, bool Code, bool Link, bool Highlight = false)
{
    public RunStyleSet With(InlineStyle style) => style switch
    {
        InlineStyle.Bold => this with { Bold = true },
        InlineStyle.Italic => this with { Italic = true },
        InlineStyle.Strikethrough => this with { Strike = true },
        InlineStyle.Superscript => this with { Superscript = true, Subscript = false },
        InlineStyle.Subscript => this with { Subscript = true, Superscript = false },
        _ => this,
    };

    public RunProperties? Properties()
    {
        if (this == default)
        {
            return null;
        }

        var properties = new RunProperties();
        if (Link)
        {
            properties.RunStyle = new RunStyle { Val = StyleIds.Hyperlink };
        }

        if (Code)
        {
            properties.RunFonts = new RunFonts { Ascii = StylesBuilder.CodeFont, HighAnsi = StylesBuilder.CodeFont, ComplexScript = StylesBuilder.CodeFont };
            properties.FontSize = new FontSize { Val = "20" };
        }

        if (Bold)
        {
            properties.Bold = new Bold();
        }

        if (Italic)
        {
            properties.Italic = new Italic();
        }

        if (Strike)
        {
            properties.Strike = new Strike();
        }

        if (Highlight)
        {
            properties.Highlight = new Highlight { Val = HighlightColorValues.Yellow };
        }

        if (Superscript || Subscript)
        {
            properties.VerticalTextAlignment = new VerticalTextAlignment
            {
                Val = Superscript ? VerticalPositionValues.Superscript : VerticalPositionValues.Subscript,
            };
        }

        return properties;
    }
}
