using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Rgiem.Docx.Templates;

/// <summary>
/// Fills the placeholders of one part of a template (the body, a header, a footer) in each of the syntaxes a
/// template may write them in: <see cref="ContentControlSyntax"/>, <see cref="MarkerSyntax"/> and
/// <see cref="DocPropertySyntax"/>, after the rows and paragraphs whose placeholders all lack a value are left out
/// and the <see cref="ContactRows"/> are repeated. The filler holds what the syntaxes share: the content, the values
/// as runs, and the record of every name met, the unknown ones and the ones without a value.
/// </summary>
internal sealed class PlaceholderFiller(PlaceholderContent content)
{
    public PlaceholderContent Content { get; } = content;

    /// <summary>Names met (lower case), for RG8018.</summary>
    public HashSet<string> Seen { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Names the template uses but rgiem does not know, with how each is written.</summary>
    public List<PlaceholderOccurrence> Unknown { get; } = [];

    /// <summary>Names shown by the template that the record gives no value.</summary>
    public SortedSet<string> Missing { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The contact rows found, and whether there were more contacts than places (no repeatable row).</summary>
    public bool ShowsOneContactOnly { get; private set; }

    /// <summary>The content controls that showed their prompt when filled: the prompt's formatting is not the value's.</summary>
    internal HashSet<SdtElement> Prompts { get; } = [];

    public void Fill(OpenXmlCompositeElement root, string part)
    {
        RemoveEmptyRows(root);
        RemoveEmptyParagraphs(root);
        ContactRows.Fill(this, root, part);
        ContentControlSyntax.Fill(this, root, part, contact: 0);
        MarkerSyntax.Fill(this, root, part, contact: 0);
        DocPropertySyntax.Fill(this, root, part);
    }

    /// <summary>Every placeholder of a part, in each syntax, without changing it (for <c>rgiem template check</c>).</summary>
    public static IReadOnlyList<PlaceholderOccurrence> Scan(OpenXmlElement root, string part) =>
        [.. ContentControlSyntax.Scan(root, part), .. MarkerSyntax.Scan(root, part), .. DocPropertySyntax.Scan(root, part)];

    /// <summary>Notes a known placeholder met; a contact's outside a table row shows one contact of several.</summary>
    internal void Saw(string name, int contact, OpenXmlElement at)
    {
        Seen.Add(name);
        if (Placeholders.IsContact(name) && contact == 0 && Content.Metadata.Contacts.Count > 1 && at.Ancestors<TableRow>().FirstOrDefault() is null)
        {
            ShowsOneContactOnly = true;
        }
    }

    /// <summary>
    /// A table row whose placeholders all lack a value (a Purpose or Keywords row the record does not fill)
    /// is left out, as the built-in cover leaves out such rows; the names are still reported (RG8017).
    /// </summary>
    private void RemoveEmptyRows(OpenXmlElement root)
    {
        foreach (var row in root.Descendants<TableRow>().ToList())
        {
            var names = ContentControlSyntax.Names(row).Concat(MarkerSyntax.Names(row)).ToList();
            if (names.Count == 0 || names.Any(KeepsItsPlace))
            {
                continue;
            }

            if (row.Parent is Table table && table.Elements<TableRow>().Count() > 1)
            {
                MissingAll(names);
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
            var names = MarkerSyntax.Names(paragraph).ToList();
            if (names.Count == 0 || paragraph.ParagraphProperties?.SectionProperties is not null || paragraph.Parent is null || names.Any(KeepsItsPlace))
            {
                continue;
            }

            MissingAll(names);
            paragraph.Remove();
        }
    }

    /// <summary>Whether a placeholder keeps its row or paragraph: unknown, a contact, a block, a page number, or with a value.</summary>
    private bool KeepsItsPlace(string name) =>
        !Placeholders.IsKnown(name) || Placeholders.IsContact(name) || Placeholders.IsBlock(name)
        || Placeholders.Is(name, Placeholders.Page) || Placeholders.Is(name, Placeholders.Pages) || HasValue(name);

    private void MissingAll(List<string> names)
    {
        foreach (string name in names)
        {
            Seen.Add(name);
            Missing.Add(name.ToLowerInvariant());
        }
    }

    private bool HasValue(string name) =>
        Placeholders.Is(name, Placeholders.Action) ? Content.Metadata.Action.Count > 0 : Placeholders.Value(Content.Metadata, name) is not null;

    /// <summary>The action as blocks of their own: its first paragraph's runs in a Normal paragraph, then the rest.</summary>
    internal List<OpenXmlElement> ActionBlocks()
    {
        var (inline, after) = Content.Action();
        var blocks = new List<OpenXmlElement>();
        if (inline.Count > 0)
        {
            blocks.Add(new Paragraph(inline));
        }

        blocks.AddRange(after);
        return blocks;
    }

    /// <summary>The runs that stand for an inline placeholder, formatted as <paramref name="format"/>.</summary>
    internal List<OpenXmlElement> Inline(string name, RunProperties? format, int contact, bool upper = false)
    {
        if (Placeholders.Is(name, Placeholders.Page) || Placeholders.Is(name, Placeholders.Pages))
        {
            var field = new SimpleField { Instruction = Placeholders.Is(name, Placeholders.Page) ? " PAGE " : " NUMPAGES " };
            field.Append(TextRun("1", format));
            return [field];
        }

        if (Placeholders.Is(name, Placeholders.Action))
        {
            var (inline, _) = Content.Action();
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

        string? value = Placeholders.Value(Content.Metadata, name, contact);
        if (value is null)
        {
            // A contact without a telephone or an e-mail address is normal; the other gaps are reported.
            if (!name.StartsWith("contact.", StringComparison.OrdinalIgnoreCase) || Content.Metadata.Contacts.Count == 0)
            {
                Missing.Add(name.ToLowerInvariant());
            }

            value = string.Empty;
        }

        return [TextRun(upper ? value.ToUpperInvariant() : value, format)];
    }

    /// <summary>The value a DOCPROPERTY field shows: a document property, or a placeholder of that name.</summary>
    internal string? PropertyValue(string name, string part)
    {
        if (Content.Properties.TryGetValue(name, out string? property))
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
            string? value = Placeholders.Value(Content.Metadata, name);
            if (value is null)
            {
                Missing.Add(name.ToLowerInvariant());
            }

            return value ?? string.Empty;
        }

        Unknown.Add(new PlaceholderOccurrence(name, DocPropertySyntax.Kind, part));
        return null;
    }

    /// <summary>A run of <paramref name="value"/>, line feeds as breaks.</summary>
    internal static Run TextRun(string value, RunProperties? format)
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

    private static OpenXmlElement WithFormat(OpenXmlElement element, RunProperties? format)
    {
        if (format is not null && element is Run { RunProperties: null } run)
        {
            run.RunProperties = (RunProperties)format.CloneNode(true);
        }

        return element;
    }
}
