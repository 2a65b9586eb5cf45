using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Rgiem.Docx.Import;

/// <summary>
/// The cross-reference targets of an imported document: the bookmarks on headings and figure and table captions that
/// rgiem writes (<c>_Ref_fig_participation</c> → <c>fig:participation</c>) or that a REF field cites (Word's own
/// <c>_Ref123456789</c>, any other name: an id made from the target's title, <c>sec:participation</c>, the same for
/// the same document), with the paragraph each stands on. Read once, in document order, before the body.
/// </summary>
internal sealed partial class CrossReferenceTargets
{
    private readonly Dictionary<string, CrossReferenceTarget> byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<OpenXmlElement, CrossReferenceTarget> byParagraph = new(ReferenceEqualityComparer.Instance);

    public CrossReferenceTargets(Body? body, IEnumerable<OpenXmlElement> notes, StyleSheet styles)
    {
        if (body is null)
        {
            return;
        }

        var cited = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var root in notes.Prepend(body))
        {
            foreach (var code in root.Descendants<FieldCode>())
            {
                Cite(code.Text, cited);
            }

            foreach (var field in root.Descendants<SimpleField>())
            {
                Cite(field.Instruction?.Value, cited);
            }
        }

        var candidates = new List<(string Name, Paragraph Paragraph, string Kind)>();
        foreach (var start in body.Descendants<BookmarkStart>())
        {
            string? name = start.Name?.Value;
            if (name is null || !(OwnName().IsMatch(name) || cited.Contains(name)))
            {
                continue;
            }

            // Word puts a bookmark inside its paragraph, sometimes just before it.
            var paragraph = start.Ancestors<Paragraph>().FirstOrDefault() ?? start.ElementsAfter().OfType<Paragraph>().FirstOrDefault();
            if (paragraph is not null && KindOf(paragraph, styles) is { } kind)
            {
                candidates.Add((name, paragraph, kind));
            }
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        var ids = new string?[candidates.Count];
        for (int i = 0; i < candidates.Count; i++)
        {
            // rgiem's own names first: they give the ids the record had.
            var own = OwnName().Match(candidates[i].Name);
            if (own.Success && string.Equals(own.Groups["kind"].Value, candidates[i].Kind, StringComparison.Ordinal) && used.Add(own.Groups["kind"].Value + ":" + own.Groups["name"].Value))
            {
                ids[i] = own.Groups["kind"].Value + ":" + own.Groups["name"].Value;
            }
        }

        for (int i = 0; i < candidates.Count; i++)
        {
            var (name, paragraph, kind) = candidates[i];
            if (ids[i] is null)
            {
                string stem = kind + ":" + Slug(TitleOf(paragraph), name);
                string id = stem;
                for (int n = 2; !used.Add(id); n++)
                {
                    id = stem + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                ids[i] = id;
            }

            var target = new CrossReferenceTarget(ids[i]!, kind, paragraph);
            byName.TryAdd(name, target);
            byParagraph.TryAdd(paragraph, target);
        }
    }

    /// <summary>The target a REF field's bookmark names, or null when it is not a heading or caption.</summary>
    public CrossReferenceTarget? Find(string bookmark) => byName.GetValueOrDefault(bookmark);

    /// <summary>The id of a heading or caption paragraph that is a target, else null.</summary>
    public string? IdOf(Paragraph paragraph) => byParagraph.GetValueOrDefault(paragraph)?.Id;

    /// <summary>The bookmark a REF instruction names (<c>REF _Ref123 \h</c>), or null.</summary>
    public static string? Bookmark(string instruction)
    {
        var match = RefInstruction().Match(instruction);
        return match.Success ? match.Groups["name"].Value : null;
    }

    private static void Cite(string? instruction, HashSet<string> cited)
    {
        if (instruction is not null && Bookmark(instruction) is { } name)
        {
            cited.Add(name);
        }
    }

    /// <summary><c>sec</c> for a heading or annex title, <c>fig</c> and <c>tbl</c> for captions, else null.</summary>
    private static string? KindOf(Paragraph paragraph, StyleSheet styles)
    {
        string? style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        string text = PlainText.Of(paragraph).TrimStart();
        if (styles.Is(style, "FigureNotitle") || styles.Is(style, "Figure_No & title") || (styles.Is(style, "caption") && text.StartsWith("Figure", StringComparison.OrdinalIgnoreCase)))
        {
            return "fig";
        }

        if (styles.Is(style, "TableNotitle") || styles.Is(style, "Table_No & title") || (styles.Is(style, "caption") && text.StartsWith("Table", StringComparison.OrdinalIgnoreCase)))
        {
            return "tbl";
        }

        if (styles.HeadingLevel(style) is not null || styles.Is(style, "AnnexNotitle") || styles.Is(style, "Annex_No & title") || styles.Is(style, "AnnexNo"))
        {
            return styles.Is(style, "Headingb") || styles.Is(style, "Heading_b") ? null : "sec";
        }

        return null;
    }

    /// <summary>The title of a heading or caption without its number or label.</summary>
    private static string TitleOf(Paragraph paragraph)
    {
        string text = PlainText.Of(paragraph).Trim();
        var label = Label().Match(text);
        return label.Success ? text[label.Length..] : text;
    }

    /// <summary>"Participation by region" → <c>participation-by-region</c>: ASCII letters and digits, '-' between words, at most 40 characters.</summary>
    private static string Slug(string title, string bookmark)
    {
        string Make(string text)
        {
            var slug = new StringBuilder();
            foreach (char c in text.ToLowerInvariant())
            {
                if (char.IsAsciiLetterOrDigit(c))
                {
                    slug.Append(c);
                }
                else if (slug.Length > 0 && slug[^1] != '-')
                {
                    slug.Append('-');
                }

                if (slug.Length >= 40)
                {
                    break;
                }
            }

            return slug.ToString().Trim('-');
        }

        string fromTitle = Make(title);
        return fromTitle.Length > 0 ? fromTitle : Make(bookmark) is { Length: > 0 } fromName ? fromName : "target";
    }

    [GeneratedRegex(@"^_Ref_(?<kind>fig|tbl|sec)_(?<name>[A-Za-z0-9_]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex OwnName();

    [GeneratedRegex(@"^\s*REF\s+(?<name>[^\s\\""]+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RefInstruction();

    [GeneratedRegex(@"^(?:(?:Figure|Table)[ \u00A0]+[A-Z0-9][A-Z0-9.\-]*(?:[ \u00A0]*[\u2013\u2014:-][ \u00A0]*|[ \u00A0]*$)|Annex(?:[ \u00A0]+[A-Z0-9]{1,2}\b)?[ \u00A0\t]*(?:[:.\u2013\u2014-][ \u00A0\t]*)?|\d{1,2}(?:\.\d{1,2}){0,5}\.?[\t \u00A0]+|[A-Z](?:\.\d{1,2}){1,5}\.?[\t \u00A0]+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Label();
}
