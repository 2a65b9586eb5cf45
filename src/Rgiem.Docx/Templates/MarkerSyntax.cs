using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Rgiem.Docx.Templates;

/// <summary>
/// Placeholders written as <c>{{name}}</c> markers in a paragraph's text, also those Word has split over several
/// runs by formatting, spelling marks or revisions: each marker is first moved into the text element it starts in,
/// then its run is split around it and replaced by the value, in the marker's formatting. A marker that is a
/// paragraph of its own and names a block (<c>{{body}}</c>, <c>{{toc}}</c>) replaces the paragraph.
/// </summary>
internal static partial class MarkerSyntax
{
    public const string Kind = "marker";

    public const string Pattern = @"\{\{\s*([A-Za-z][A-Za-z0-9.\-]*)\s*\}\}";

    /// <summary>The marker names in a paragraph's own text, in order.</summary>
    public static IEnumerable<string> Names(Paragraph paragraph) => Marker().Matches(Text(paragraph)).Select(m => m.Groups[1].Value);

    /// <summary>The marker names of every paragraph under <paramref name="root"/>.</summary>
    public static IEnumerable<string> Names(OpenXmlElement root) => root.Descendants<Paragraph>().SelectMany(Names);

    public static IEnumerable<PlaceholderOccurrence> Scan(OpenXmlElement root, string part) =>
        Names(root).Select(name => new PlaceholderOccurrence(name, Kind, part));

    /// <summary>Fills every marker under <paramref name="root"/> with the values of contact <paramref name="contact"/>.</summary>
    public static void Fill(PlaceholderFiller filler, OpenXmlElement root, string part, int contact)
    {
        foreach (var paragraph in root.Descendants<Paragraph>().ToList())
        {
            if (paragraph.Parent is null)
            {
                continue;
            }

            var texts = OwnTexts(paragraph);
            string all = string.Concat(texts.Select(t => t.Text));
            var matches = Marker().Matches(all).Cast<Match>().ToList();
            if (matches.Count == 0)
            {
                continue;
            }

            string marker = matches[0].Groups[1].Value;
            if (matches.Count == 1 && all.Trim() == matches[0].Value && Placeholders.IsBlock(marker))
            {
                filler.Seen.Add(marker);
                ReplaceParagraph(paragraph, Placeholders.Is(marker, Placeholders.Body) ? filler.Content.Body() : filler.Content.Toc());
                continue;
            }

            Collapse(texts, matches);
            foreach (var text in texts.AsEnumerable().Reverse())
            {
                var inText = Marker().Matches(text.Text).Cast<Match>().Reverse().ToList();
                foreach (var match in inText)
                {
                    Replace(filler, paragraph, text, match, part, contact);
                }
            }
        }
    }

    private static void Replace(PlaceholderFiller filler, Paragraph paragraph, Text text, Match match, string part, int contact)
    {
        string name = match.Groups[1].Value;
        if (!Placeholders.IsKnown(name))
        {
            filler.Unknown.Add(new PlaceholderOccurrence(name, Kind, part));
            return;
        }

        filler.Saw(name, contact, paragraph);
        bool upper = name.Any(char.IsLetter) && name.Where(char.IsLetter).All(char.IsUpper);
        if (text.Parent is not Run run)
        {
            text.Text = text.Text.Remove(match.Index, match.Length).Insert(match.Index, Placeholders.Value(filler.Content.Metadata, name, contact) ?? string.Empty);
            return;
        }

        var markerRun = SplitRun(run, text, match.Index, match.Length);
        var replacement = filler.Inline(name, markerRun.RunProperties?.CloneNode(true) as RunProperties, contact, upper);
        foreach (var element in replacement)
        {
            markerRun.InsertBeforeSelf(element);
        }

        markerRun.Remove();
        if (Placeholders.Is(name, Placeholders.Action))
        {
            var after = filler.Content.Action().After;
            OpenXmlElement anchor = paragraph;
            foreach (var block in after)
            {
                anchor.InsertAfterSelf(block);
                anchor = block;
            }
        }
    }

    /// <summary>Moves each marker into the first text element it starts in, so that no marker spans elements.</summary>
    private static void Collapse(List<Text> texts, List<Match> matches)
    {
        var starts = new List<int>();
        int position = 0;
        foreach (var text in texts)
        {
            starts.Add(position);
            position += text.Text.Length;
        }

        foreach (var match in matches.AsEnumerable().Reverse())
        {
            int first = Locate(starts, texts, match.Index);
            int last = Locate(starts, texts, match.Index + match.Length - 1);
            if (first == last)
            {
                continue;
            }

            int offset = match.Index - starts[first];
            texts[first].Text = texts[first].Text[..offset] + match.Value;
            for (int i = first + 1; i < last; i++)
            {
                texts[i].Text = string.Empty;
            }

            int end = match.Index + match.Length - starts[last];
            texts[last].Text = texts[last].Text[end..];
            foreach (var text in new[] { texts[first], texts[last] })
            {
                text.Space = SpaceProcessingModeValues.Preserve;
            }
        }
    }

    private static int Locate(List<int> starts, List<Text> texts, int index)
    {
        for (int i = texts.Count - 1; i >= 0; i--)
        {
            if (starts[i] <= index && texts[i].Text.Length > 0)
            {
                return i;
            }
        }

        return 0;
    }

    /// <summary>
    /// Splits <paramref name="run"/> around characters <paramref name="start"/>..+<paramref name="length"/> of
    /// <paramref name="text"/>: the run keeps what comes before, a new run holds the marker, a third what follows.
    /// </summary>
    private static Run SplitRun(Run run, Text text, int start, int length)
    {
        var children = run.ChildElements.Where(c => c is not RunProperties).ToList();
        int index = children.IndexOf(text);
        string marker = text.Text.Substring(start, length);
        string rest = text.Text[(start + length)..];
        text.Text = text.Text[..start];
        text.Space = SpaceProcessingModeValues.Preserve;

        var markerRun = new Run();
        if (run.RunProperties is { } properties)
        {
            markerRun.RunProperties = (RunProperties)properties.CloneNode(true);
        }

        markerRun.Append(new Text(marker) { Space = SpaceProcessingModeValues.Preserve });
        run.InsertAfterSelf(markerRun);

        var after = children.Skip(index + 1).ToList();
        if (rest.Length > 0 || after.Count > 0)
        {
            var afterRun = new Run();
            if (run.RunProperties is { } format)
            {
                afterRun.RunProperties = (RunProperties)format.CloneNode(true);
            }

            if (rest.Length > 0)
            {
                afterRun.Append(new Text(rest) { Space = SpaceProcessingModeValues.Preserve });
            }

            foreach (var child in after)
            {
                child.Remove();
                afterRun.Append(child);
            }

            markerRun.InsertAfterSelf(afterRun);
        }

        return markerRun;
    }

    private static void ReplaceParagraph(Paragraph paragraph, IReadOnlyList<OpenXmlElement> blocks)
    {
        foreach (var block in blocks)
        {
            paragraph.InsertBeforeSelf(block);
        }

        bool holdsSection = paragraph.ParagraphProperties?.SectionProperties is not null;
        bool lastInCell = paragraph.Parent is TableCell cell && cell.Elements<Paragraph>().Count() == 1 && blocks.Count == 0;
        if (holdsSection || lastInCell)
        {
            foreach (var child in paragraph.Elements().Where(e => e is not ParagraphProperties).ToList())
            {
                child.Remove();
            }
        }
        else
        {
            paragraph.Remove();
        }
    }

    /// <summary>The text elements of a paragraph itself, not of paragraphs nested in it (text boxes).</summary>
    private static List<Text> OwnTexts(Paragraph paragraph) =>
        paragraph.Descendants<Text>().Where(t => t.Ancestors<Paragraph>().FirstOrDefault() == paragraph).ToList();

    private static string Text(Paragraph paragraph) => string.Concat(OwnTexts(paragraph).Select(t => t.Text));

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex Marker();
}
