using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Rgiem.Docx.Templates;

/// <summary>
/// Fills the placeholders of one part of a template (the body, a header, a footer): content controls
/// tagged with a placeholder name, <c>{{name}}</c> markers — also those Word has split over several runs
/// by formatting, spelling marks or revisions — and DOCPROPERTY fields, whose shown result is set to the
/// property's value so the document reads right before Word refreshes it. A table row that holds contact
/// placeholders is repeated for each contact. The filler records every name it met, the unknown ones and
/// the ones without a value.
/// </summary>
internal sealed partial class PlaceholderFiller(PlaceholderContent content)
{
    private readonly HashSet<SdtElement> prompts = [];

    public const string MarkerPattern = @"\{\{\s*([A-Za-z][A-Za-z0-9.\-]*)\s*\}\}";

    /// <summary>Names met (lower case), for RG8018.</summary>
    public HashSet<string> Seen { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Names the template uses but rgiem does not know, with how each is written.</summary>
    public List<PlaceholderOccurrence> Unknown { get; } = [];

    /// <summary>Names shown by the template that the record gives no value.</summary>
    public SortedSet<string> Missing { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The contact rows found, and whether there were more contacts than places (no repeatable row).</summary>
    public bool ShowsOneContactOnly { get; private set; }

    public void Fill(OpenXmlCompositeElement root, string part)
    {
        RemoveEmptyRows(root);
        RemoveEmptyParagraphs(root);
        foreach (var row in root.Descendants<TableRow>().Where(HasContactPlaceholders).ToList())
        {
            RepeatForContacts(row, part);
        }

        FillContentControls(root, part, contact: 0);
        FillMarkers(root, part, contact: 0);
        FillDocProperties(root, part);
    }

    /// <summary>Every placeholder of a part, without changing it (for <c>rgiem template check</c>).</summary>
    public static IReadOnlyList<PlaceholderOccurrence> Scan(OpenXmlElement root, string part)
    {
        var found = new List<PlaceholderOccurrence>();
        foreach (var sdt in root.Descendants<SdtElement>())
        {
            if (Tag(sdt) is { } tag)
            {
                found.Add(new PlaceholderOccurrence(tag, "content control", part));
            }
        }

        foreach (var paragraph in root.Descendants<Paragraph>())
        {
            foreach (Match match in Marker().Matches(ParagraphText(paragraph)))
            {
                found.Add(new PlaceholderOccurrence(match.Groups[1].Value, "marker", part));
            }
        }

        foreach (string instruction in root.Descendants<SimpleField>().Select(f => f.Instruction?.Value ?? string.Empty)
            .Concat(ComplexInstructions(root)))
        {
            if (DocPropertyName(instruction) is { } name)
            {
                found.Add(new PlaceholderOccurrence(name, "DOCPROPERTY field", part));
            }
        }

        return found;
    }

    /// <summary>
    /// A table row whose placeholders all lack a value (a Purpose or Keywords row the record does not fill)
    /// is left out, as the built-in cover leaves out such rows; the names are still reported (RG8017).
    /// </summary>
    private void RemoveEmptyRows(OpenXmlElement root)
    {
        foreach (var row in root.Descendants<TableRow>().ToList())
        {
            var names = row.Descendants<SdtElement>().Select(Tag).OfType<string>()
                .Concat(row.Descendants<Paragraph>().SelectMany(p => Marker().Matches(ParagraphText(p)).Select(m => m.Groups[1].Value)))
                .ToList();
            if (names.Count == 0 || names.Any(n => !Placeholders.IsKnown(n) || Placeholders.IsContact(n) || Placeholders.IsBlock(n)
                || Placeholders.Is(n, Placeholders.Page) || Placeholders.Is(n, Placeholders.Pages) || HasValue(n)))
            {
                continue;
            }

            if (row.Parent is Table table && table.Elements<TableRow>().Count() > 1)
            {
                foreach (string name in names)
                {
                    Seen.Add(name);
                    Missing.Add(name.ToLowerInvariant());
                }

                row.Remove();
            }
        }
    }

    /// <summary>
    /// A paragraph outside tables whose only placeholders lack a value ("Action:⇥{{action}}" in a record
    /// without an action) is left out too.
    /// </summary>
    private void RemoveEmptyParagraphs(OpenXmlElement root)
    {
        foreach (var paragraph in root.Descendants<Paragraph>().Where(p => !p.Ancestors<Table>().Any()).ToList())
        {
            var names = Marker().Matches(ParagraphText(paragraph)).Select(m => m.Groups[1].Value).ToList();
            if (names.Count == 0 || paragraph.ParagraphProperties?.SectionProperties is not null || paragraph.Parent is null
                || names.Any(n => !Placeholders.IsKnown(n) || Placeholders.IsContact(n) || Placeholders.IsBlock(n)
                || Placeholders.Is(n, Placeholders.Page) || Placeholders.Is(n, Placeholders.Pages) || HasValue(n)))
            {
                continue;
            }

            foreach (string name in names)
            {
                Seen.Add(name);
                Missing.Add(name.ToLowerInvariant());
            }

            paragraph.Remove();
        }
    }

    private bool HasValue(string name) =>
        Placeholders.Is(name, Placeholders.Action) ? content.Metadata.Action.Count > 0 : Placeholders.Value(content.Metadata, name) is not null;

    private static bool HasContactPlaceholders(TableRow row) =>
        row.Descendants<SdtElement>().Any(s => Tag(s) is { } tag && Placeholders.IsContact(tag))
        || row.Descendants<Paragraph>().Any(p => Marker().Matches(ParagraphText(p)).Any(m => Placeholders.IsContact(m.Groups[1].Value)));

    private void RepeatForContacts(TableRow row, string part)
    {
        int count = content.Metadata.Contacts.Count;
        var rows = new List<TableRow> { row };
        OpenXmlElement last = row;
        for (int i = 1; i < count; i++)
        {
            var copy = (TableRow)row.CloneNode(true);
            last.InsertAfterSelf(copy);
            last = copy;
            rows.Add(copy);
        }

        for (int i = 0; i < rows.Count; i++)
        {
            FillContentControls(rows[i], part, i);
            FillMarkers(rows[i], part, i);
        }
    }

    private void FillContentControls(OpenXmlElement root, string part, int contact)
    {
        // Innermost first, so that a control inside another is filled before its parent is replaced.
        foreach (var sdt in root.Descendants<SdtElement>().Reverse().ToList())
        {
            if (sdt.Parent is null || Tag(sdt) is not { } tag)
            {
                continue;
            }

            if (!Placeholders.IsKnown(tag))
            {
                Unknown.Add(new PlaceholderOccurrence(tag, "content control", part));
                continue;
            }

            Seen.Add(tag);
            if (Placeholders.IsContact(tag) && contact == 0 && content.Metadata.Contacts.Count > 1 && sdt.Ancestors<TableRow>().FirstOrDefault() is null)
            {
                ShowsOneContactOnly = true;
            }

            var properties = sdt.SdtProperties;
            bool showingPrompt = properties?.GetFirstChild<ShowingPlaceholder>() is not null;
            properties?.RemoveAllChildren<ShowingPlaceholder>();
            if (showingPrompt)
            {
                prompts.Add(sdt);
            }

            properties?.RemoveAllChildren<DataBinding>();
            switch (sdt)
            {
                case SdtBlock block when block.SdtContentBlock is { } blockContent:
                    FillBlockControl(block, blockContent, tag, contact);
                    break;
                case SdtRun run when run.SdtContentRun is { } runContent:
                    // A prompt ("[Purpose of the document]" in grey) is not the value's formatting: the control's own is.
                    var format = (showingPrompt ? null : runContent.Descendants<RunProperties>().FirstOrDefault()?.CloneNode(true) as RunProperties)
                        ?? ControlFormat(properties);
                    runContent.RemoveAllChildren();
                    runContent.Append(Inline(tag, format, contact));
                    break;
                case SdtCell cell when cell.SdtContentCell?.Descendants<Paragraph>().FirstOrDefault() is { } paragraph:
                    ReplaceParagraphText(paragraph, tag, contact);
                    break;
            }
        }
    }

    private void FillBlockControl(SdtBlock block, SdtContentBlock blockContent, string tag, int contact)
    {
        if (Placeholders.IsBlock(tag) || Placeholders.Is(tag, Placeholders.Action))
        {
            var blocks = Placeholders.Is(tag, Placeholders.Body) ? content.Body()
                : Placeholders.Is(tag, Placeholders.Toc) ? content.Toc()
                : ActionBlocks();
            if (blocks.Count == 0)
            {
                block.Remove();
                return;
            }

            blockContent.RemoveAllChildren();
            blockContent.Append(blocks);
            return;
        }

        if (blockContent.Descendants<Paragraph>().FirstOrDefault() is { } first)
        {
            if (block.SdtProperties?.GetFirstChild<ShowingPlaceholder>() is null && prompts.Contains(block))
            {
                foreach (var format in first.Descendants<RunProperties>().ToList())
                {
                    format.Remove();
                }
            }

            foreach (var other in blockContent.Elements().Where(e => e != first && !first.Ancestors().Contains(e)).ToList())
            {
                other.Remove();
            }

            ReplaceParagraphText(first, tag, contact);
        }
    }

    /// <summary>The action as blocks of their own: its first paragraph's runs in a Normal paragraph, then the rest.</summary>
    private List<OpenXmlElement> ActionBlocks()
    {
        var (inline, after) = content.Action();
        var blocks = new List<OpenXmlElement>();
        if (inline.Count > 0)
        {
            blocks.Add(new Paragraph(inline));
        }

        blocks.AddRange(after);
        return blocks;
    }

    private void ReplaceParagraphText(Paragraph paragraph, string tag, int contact)
    {
        var format = paragraph.Descendants<RunProperties>().FirstOrDefault()?.CloneNode(true) as RunProperties;
        foreach (var child in paragraph.Elements().Where(e => e is not ParagraphProperties).ToList())
        {
            child.Remove();
        }

        paragraph.Append(Inline(tag, format, contact));
    }

    /// <summary>The runs that stand for an inline placeholder, formatted as <paramref name="format"/>.</summary>
    private List<OpenXmlElement> Inline(string name, RunProperties? format, int contact, bool upper = false)
    {
        if (Placeholders.Is(name, Placeholders.Page) || Placeholders.Is(name, Placeholders.Pages))
        {
            var field = new SimpleField { Instruction = Placeholders.Is(name, Placeholders.Page) ? " PAGE " : " NUMPAGES " };
            field.Append(TextRun("1", format));
            return [field];
        }

        if (Placeholders.Is(name, Placeholders.Action))
        {
            var (inline, _) = content.Action();
            if (inline.Count > 0)
            {
                return [.. inline.Select(e => WithFormat(e, format))];
            }
        }

        if (Placeholders.IsBlock(name))
        {
            // {{body}} and {{toc}} fill a paragraph of their own; inside other text they are left out.
            return [TextRun(string.Empty, format)];
        }

        string? value = Placeholders.Value(content.Metadata, name, contact);
        if (value is null)
        {
            // A contact without a telephone or an e-mail address is normal; the other gaps are reported.
            if (!name.StartsWith("contact.", StringComparison.OrdinalIgnoreCase) || content.Metadata.Contacts.Count == 0)
            {
                Missing.Add(name.ToLowerInvariant());
            }

            value = string.Empty;
        }

        return [TextRun(upper ? value.ToUpperInvariant() : value, format)];
    }

    private void FillMarkers(OpenXmlElement root, string part, int contact)
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
            if (matches.Count == 1 && all.Trim() == matches[0].Value && (Placeholders.IsBlock(marker)))
            {
                Seen.Add(marker);
                ReplaceParagraph(paragraph, Placeholders.Is(marker, Placeholders.Body) ? content.Body() : content.Toc());
                continue;
            }

            Collapse(texts, matches);
            foreach (var text in texts.AsEnumerable().Reverse())
            {
                var inText = Marker().Matches(text.Text).Cast<Match>().Reverse().ToList();
                foreach (var match in inText)
                {
                    ReplaceMarker(paragraph, text, match, part, contact);
                }
            }
        }
    }

    private void ReplaceMarker(Paragraph paragraph, Text text, Match match, string part, int contact)
    {
        string name = match.Groups[1].Value;
        if (!Placeholders.IsKnown(name))
        {
            Unknown.Add(new PlaceholderOccurrence(name, "marker", part));
            return;
        }

        Seen.Add(name);
        if (Placeholders.IsContact(name) && contact == 0 && content.Metadata.Contacts.Count > 1 && paragraph.Ancestors<TableRow>().FirstOrDefault() is null)
        {
            ShowsOneContactOnly = true;
        }

        bool upper = name.Any(char.IsLetter) && name.Where(char.IsLetter).All(char.IsUpper);
        if (text.Parent is not Run run)
        {
            text.Text = text.Text.Remove(match.Index, match.Length).Insert(match.Index, Placeholders.Value(content.Metadata, name, contact) ?? string.Empty);
            return;
        }

        var markerRun = SplitRun(run, text, match.Index, match.Length);
        var replacement = Inline(name, markerRun.RunProperties?.CloneNode(true) as RunProperties, contact, upper);
        foreach (var element in replacement)
        {
            markerRun.InsertBeforeSelf(element);
        }

        markerRun.Remove();
        if (Placeholders.Is(name, Placeholders.Action))
        {
            var after = content.Action().After;
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

    private void FillDocProperties(OpenXmlElement root, string part)
    {
        foreach (var field in root.Descendants<SimpleField>().ToList())
        {
            if (DocPropertyName(field.Instruction?.Value ?? string.Empty) is not { } name)
            {
                continue;
            }

            if (PropertyValue(name, part) is not { } value)
            {
                continue;
            }

            var format = field.Descendants<RunProperties>().FirstOrDefault()?.CloneNode(true) as RunProperties;
            field.RemoveAllChildren<Run>();
            field.Append(TextRun(value, format));
        }

        foreach (var paragraph in root.Descendants<Paragraph>().ToList())
        {
            FillComplexDocProperties(paragraph, part);
        }
    }

    private void FillComplexDocProperties(Paragraph paragraph, string part)
    {
        int depth = 0;
        var instruction = new StringBuilder();
        string? value = null;
        bool inResult = false;
        bool wrote = false;
        foreach (var run in paragraph.Descendants<Run>().ToList())
        {
            foreach (var child in run.ChildElements.ToList())
            {
                if (child is FieldChar fieldChar)
                {
                    var type = fieldChar.FieldCharType?.Value;
                    if (type == FieldCharValues.Begin)
                    {
                        depth++;
                        if (depth == 1)
                        {
                            instruction.Clear();
                            value = null;
                            wrote = false;
                        }
                    }
                    else if (type == FieldCharValues.Separate && depth == 1)
                    {
                        value = DocPropertyName(instruction.ToString()) is { } name ? PropertyValue(name, part) : null;
                        inResult = value is not null;
                    }
                    else if (type == FieldCharValues.End)
                    {
                        if (depth == 1 && inResult && !wrote)
                        {
                            run.InsertBeforeSelf(TextRun(value!, run.RunProperties?.CloneNode(true) as RunProperties));
                        }

                        depth = Math.Max(0, depth - 1);
                        inResult = false;
                    }
                }
                else if (child is FieldCode code && depth == 1)
                {
                    instruction.Append(code.Text);
                }
                else if (child is Text text && inResult && depth == 1)
                {
                    text.Text = wrote ? string.Empty : value!;
                    text.Space = SpaceProcessingModeValues.Preserve;
                    wrote = true;
                }
            }
        }
    }

    /// <summary>The value a DOCPROPERTY field shows: a document property, or a placeholder of that name.</summary>
    private string? PropertyValue(string name, string part)
    {
        if (content.Properties.TryGetValue(name, out string? property))
        {
            Seen.Add(name.ToLowerInvariant() switch
            {
                "title" => "title",
                "subject" => "number",
                "keywords" => "keywords",
                "comments" or "description" => "abstract",
                _ => name,
            });
            return property;
        }

        if (Placeholders.IsKnown(name) && !Placeholders.IsBlock(name))
        {
            Seen.Add(name);
            string? value = Placeholders.Value(content.Metadata, name);
            if (value is null)
            {
                Missing.Add(name.ToLowerInvariant());
            }

            return value ?? string.Empty;
        }

        Unknown.Add(new PlaceholderOccurrence(name, "DOCPROPERTY field", part));
        return null;
    }

    private static IEnumerable<string> ComplexInstructions(OpenXmlElement root)
    {
        foreach (var paragraph in root.Descendants<Paragraph>())
        {
            var builder = new StringBuilder();
            int depth = 0;
            foreach (var child in paragraph.Descendants())
            {
                if (child is FieldChar { FieldCharType.Value: var type })
                {
                    if (type == FieldCharValues.Begin && ++depth == 1)
                    {
                        builder.Clear();
                    }
                    else if (type == FieldCharValues.Separate && depth == 1)
                    {
                        yield return builder.ToString();
                    }
                    else if (type == FieldCharValues.End)
                    {
                        depth = Math.Max(0, depth - 1);
                    }
                }
                else if (child is FieldCode code && depth == 1)
                {
                    builder.Append(code.Text);
                }
            }
        }
    }

    private static string? DocPropertyName(string instruction)
    {
        var match = DocProperty().Match(instruction);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static string? Tag(SdtElement sdt) =>
        sdt.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value?.Trim() is { Length: > 0 } tag ? tag : null;

    /// <summary>The text elements of a paragraph itself, not of paragraphs nested in it (text boxes).</summary>
    private static List<Text> OwnTexts(Paragraph paragraph) =>
        paragraph.Descendants<Text>().Where(t => t.Ancestors<Paragraph>().FirstOrDefault() == paragraph).ToList();

    private static string ParagraphText(Paragraph paragraph) => string.Concat(OwnTexts(paragraph).Select(t => t.Text));

    private static RunProperties? ControlFormat(SdtProperties? properties) =>
        properties?.GetFirstChild<RunProperties>() is { } format ? new RunProperties(format.ChildElements.Select(c => c.CloneNode(true))) : null;

    private static OpenXmlElement WithFormat(OpenXmlElement element, RunProperties? format)
    {
        if (format is not null && element is Run { RunProperties: null } run)
        {
            run.RunProperties = (RunProperties)format.CloneNode(true);
        }

        return element;
    }

    /// <summary>A run of <paramref name="value"/>, line feeds as breaks.</summary>
    private static Run TextRun(string value, RunProperties? format)
    {
        var run = new Run();
        if (format is not null)
        {
            run.RunProperties = (RunProperties)format.CloneNode(true);
        }

        string[] lines = Writers.XmlText.Clean(value).Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        return run;
    }

    [GeneratedRegex(MarkerPattern, RegexOptions.CultureInvariant)]
    private static partial Regex Marker();

    [GeneratedRegex(@"^\s*DOCPROPERTY\s+""?([^""\s\\]+)""?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DocProperty();
}
