using DocumentFormat.OpenXml.Wordprocessing;

namespace Rgiem.Docx.Import;

/// <summary>
/// The styles of an imported document, with what each inherits through its <c>basedOn</c> chain: the heading level
/// ("heading 2", or an outline level), the numbering (Word puts automatic clause numbers in the heading styles or
/// in a style they are based on), bold and italic of character styles. Chains are followed at most 32 steps, so a
/// loop in a hostile file ends.
/// </summary>
internal sealed class StyleSheet
{
    private const int MaxChain = 32;

    private readonly Dictionary<string, StyleInfo> styles = new(StringComparer.Ordinal);

    public StyleSheet(Styles? part)
    {
        foreach (var style in part?.Elements<Style>() ?? [])
        {
            string? id = style.StyleId?.Value;
            if (id is null || styles.ContainsKey(id))
            {
                continue;
            }

            var paragraph = style.StyleParagraphProperties;
            var run = style.StyleRunProperties;
            styles[id] = new StyleInfo(id, style.StyleName?.Val?.Value ?? id, style.BasedOn?.Val?.Value)
            {
                NumberingId = paragraph?.NumberingProperties?.NumberingId?.Val?.Value,
                NumberingLevel = paragraph?.NumberingProperties?.NumberingLevelReference?.Val?.Value,
                OutlineLevel = paragraph?.OutlineLevel?.Val?.Value,
                Bold = run?.Bold is { } b ? b.Val?.Value ?? true : null,
                Italic = run?.Italic is { } i ? i.Val?.Value ?? true : null,
            };
        }
    }

    public StyleInfo? Find(string? id) => id is not null && styles.TryGetValue(id, out var style) ? style : null;

    /// <summary>The style and the styles it is based on, nearest first.</summary>
    public IEnumerable<StyleInfo> Chain(string? id)
    {
        var style = Find(id);
        for (int i = 0; style is not null && i < MaxChain; i++)
        {
            yield return style;
            style = Find(style.BasedOn);
        }
    }

    /// <summary>Whether the style is, or is based on, one whose id or name is <paramref name="name"/> (case and spaces ignored).</summary>
    public bool Is(string? id, string name) => Chain(id).Any(s => Same(s.Id, name) || Same(s.Name, name));

    /// <summary>The heading level (1–9) of a paragraph style: "heading n" in its chain, else its outline level; null for body text.</summary>
    public int? HeadingLevel(string? id)
    {
        foreach (var style in Chain(id))
        {
            string name = style.Name.Replace(" ", string.Empty, StringComparison.Ordinal);
            if (name.StartsWith("heading", StringComparison.OrdinalIgnoreCase) && name.Length == 8 && char.IsAsciiDigit(name[7]) && name[7] != '0')
            {
                return name[7] - '0';
            }

            if (style.OutlineLevel is { } outline)
            {
                return outline is >= 0 and < 9 ? outline + 1 : null;
            }
        }

        return null;
    }

    /// <summary>The numbering a style gives (numbering id, level), from the nearest style in its chain that has one.</summary>
    public (int NumberingId, int? Level)? Numbering(string? id)
    {
        foreach (var style in Chain(id))
        {
            if (style.NumberingId is { } numId)
            {
                return (numId, style.NumberingLevel);
            }
        }

        return null;
    }

    /// <summary>Bold or italic of a character style, through its chain.</summary>
    public (bool Bold, bool Italic) RunFormat(string? id)
    {
        bool? bold = null;
        bool? italic = null;
        foreach (var style in Chain(id))
        {
            bold ??= style.Bold;
            italic ??= style.Italic;
        }

        return (bold ?? false, italic ?? false);
    }

    private static bool Same(string a, string b) =>
        string.Equals(a.Replace(" ", string.Empty, StringComparison.Ordinal), b.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
}
