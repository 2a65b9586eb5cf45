using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Import;
using Rgiem.Core.Model;
using Rgiem.Core.References;
using Rgiem.Docx.Templates;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace Rgiem.Docx.Import;

/// <summary>
/// Reads a cover that is not one of TSB's forms — a group's own template, any template with content controls or
/// document properties — from what precedes the first heading (or the first page break): content controls whose tag or
/// alias names a field (as rgiem's template filler writes them: <c>purpose</c>, <c>contact.email</c>…), labelled rows
/// (<c>Source</c>, <c>Contact</c>, with or without a colon), the document properties (custom ones named after a field;
/// the core title, subject, keywords and description), and the lines of the cover (a document number, the place and
/// dates, the parent and group between separators, the Title paragraph, STUDY PERIOD, "Action:"). Text of the cover it
/// cannot map is reported (RG8212), and so are the fields a record needs that the document does not give (RG8213).
/// </summary>
internal sealed partial class TemplateCoverReader(ImportContext context, BodyReader body)
{
    /// <summary>How far a cover may reach (elements before the first heading).</summary>
    private const int MaxCoverElements = 200;

    private static readonly string[] Required = ["group", "parent", "study-period", "source", "title", "contacts"];

    /// <summary>The fields a line of a cover gives; two of them make the start of a document a cover.</summary>
    private static readonly string[] LineFields = ["number", "meeting", "parent", "group", "type", "study-period"];

    /// <summary>The cover and the index of the first element of the body; null when the start of the document is not a cover.</summary>
    public (ImportedCover Cover, int BodyStart)? Read(IReadOnlyList<OpenXmlElement> elements)
    {
        int end = CoverEnd(elements);
        if (end <= 0)
        {
            return null;
        }

        var region = elements.Take(end).ToList();
        var controls = new Dictionary<string, string>(StringComparer.Ordinal);
        var contacts = new List<Dictionary<string, string>>();
        var unmapped = new List<(OpenXmlElement Where, string What)>();
        var mapped = new HashSet<OpenXmlElement>(ReferenceEqualityComparer.Instance);
        ReadControls(region, controls, contacts, unmapped, mapped);

        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var labelledContacts = new List<Contact>();
        foreach (var row in region.SelectMany(e => SelfAndDescendants(e).OfType<TableRow>()))
        {
            ReadRow(row, labels, labelledContacts, mapped);
        }

        var text = new Dictionary<string, string>(StringComparer.Ordinal);
        Paragraph? action = null;
        foreach (var paragraph in region.SelectMany(e => SelfAndDescendants(e).OfType<Paragraph>()))
        {
            if (paragraph.Ancestors().Any(mapped.Contains))
            {
                continue;
            }

            // The text around the content controls read above ("TD [number] — Geneva, 4-6 March 2025").
            bool hasControls = paragraph.Descendants<SdtElement>().Any(mapped.Contains);
            string shown = hasControls
                ? string.Concat(paragraph.ChildElements.Where(e => !mapped.Contains(e) && !e.Descendants<SdtElement>().Any(mapped.Contains)).Select(PlainText.Of))
                : PlainText.Of(paragraph);
            string line = CoverText.Normalize(shown.Replace('\n', ' ').Replace('\t', ' '));
            if (line.Length == 0)
            {
                continue;
            }

            if (ActionLabel().IsMatch(line))
            {
                // The "Action:" text is the last of the cover: what follows it up to the page break continues it (a list).
                action = paragraph;
                break;
            }

            if (!ReadLine(paragraph, line, text) && !hasControls)
            {
                unmapped.Add((paragraph, "text '" + PlainText.Start(paragraph) + "'"));
            }
        }

        var properties = Properties();
        string? Get(string key) =>
            controls.GetValueOrDefault(key) ?? labels.GetValueOrDefault(key) ?? properties.Custom.GetValueOrDefault(key) ?? text.GetValueOrDefault(key) ?? properties.Core.GetValueOrDefault(key);

        if (controls.Count == 0 && labels.Count == 0 && contacts.Count == 0 && labelledContacts.Count == 0
            && LineFields.Count(text.ContainsKey) < 2)
        {
            // Nothing that reads as a cover (a line with a date is not one): the document starts with its body.
            return null;
        }

        string? number = Get("number") is { } numberText ? CoverText.Number(numberText) : null;
        var parsed = DocumentNumber.TryParse(number, out var numberParsed) ? numberParsed : null;
        string? type = TypeOf(Get("type")) ?? parsed?.Type switch
        {
            "C" => "C",
            "R" => "Report",
            "LS" => "LS",
            "TD" => "TD",
            _ => null,
        };
        string? parent = Get("parent") is { } parentText ? CoverText.Parent(parentText) : null;
        parent ??= parsed?.Body is { } numberBody ? CoverText.Parent(numberBody) : null;

        MeetingInfo? meeting = null;
        if (Get("meeting") is { } meetingText)
        {
            meeting = CoverText.Meeting(meetingText);
        }
        else if (Get("meeting.dates") is { } dates)
        {
            meeting = CoverText.Meeting((Get("meeting.place") is { } place ? place + ", " : string.Empty) + dates);
        }

        var contactList = contacts.Count > 0
            ? [.. contacts.Select(c => new Contact(c.GetValueOrDefault("contact.name") ?? string.Empty, c.GetValueOrDefault("contact.organization"), c.GetValueOrDefault("contact.country"), c.GetValueOrDefault("contact.tel"), c.GetValueOrDefault("contact.email"))).Where(c => c.Name.Length > 0)]
            : labelledContacts;

        string? keywords = Get("keywords");
        string? questions = Get("questions");
        var cover = new ImportedCover
        {
            Number = number,
            Type = type,
            Parent = parent,
            Group = Get("group") is { } group && GroupLike().IsMatch(group) ? group : null,
            StudyPeriod = Get("study-period") is { } period && StudyPeriod().Match(period) is { Success: true } years ? years.Value.Replace('\u2013', '-') : null,
            Original = Get("original"),
            Questions = questions is null ? null : CoverReader.Split(questions, ',', ';'),
            Meeting = meeting,
            Source = Get("source"),
            Title = Get("title"),
            Purpose = Get("purpose"),
            Contacts = contactList,
            Keywords = keywords is null ? [] : CoverReader.Split(keywords, keywords.Contains(';', StringComparison.Ordinal) ? ';' : ','),
            Abstract = Get("abstract"),
            ForAction = CoverReader.Split(Get("for-action") ?? string.Empty, ','),
            ForInformation = CoverReader.Split(Get("for-information") ?? string.Empty, ','),
            Approval = Get("approval"),
            Deadline = Get("deadline") is { } deadline ? CoverText.Day(deadline) : null,
        };

        if (action is not null)
        {
            var content = body.Inlines(action);
            var label = ActionLabel().Match(BlockWalker.PlainText(content).TrimStart());
            int leading = BlockWalker.PlainText(content).Length - BlockWalker.PlainText(content).TrimStart().Length;
            int at = region.FindIndex(e => ReferenceEquals(e, action) || e.Descendants<Paragraph>().Any(p => ReferenceEquals(p, action)));
            var more = region.Skip(at + 1).Where(e => !e.Descendants<Break>().Any(b => b.Type?.Value == BreakValues.Page) && e is not SectionProperties).ToList();
            cover = cover with
            {
                Action = BodyReader.TrimStart(BodyReader.Strip(content, leading + label.Length)),
                ActionMore = more.Count > 0 ? new BodyReader(context).Read(more) : [],
            };
        }

        foreach (var (where, what) in unmapped)
        {
            context.Report(ImportDescriptors.CoverContentUnmapped, context.Place(where), what);
        }

        var missing = Required.Where(key => key switch
        {
            "group" => cover.Group is null,
            "parent" => cover.Parent is null,
            "study-period" => cover.StudyPeriod is null,
            "source" => cover.Source is null,
            "title" => cover.Title is null,
            _ => cover.Contacts.Count == 0,
        }).ToList();
        if (missing.Count > 0)
        {
            // The group may still come from the body's action items (GroupName), which the importer tries next.
            context.Report(ImportDescriptors.CoverFieldsMissing, context.DisplayName, string.Join(", ", missing));
        }

        return (cover, end);
    }

    /// <summary>The index of the first element after the cover: the first heading or table of contents, or just after the first page break.</summary>
    private int CoverEnd(IReadOnlyList<OpenXmlElement> elements)
    {
        for (int i = 0; i < elements.Count && i < MaxCoverElements; i++)
        {
            foreach (var paragraph in SelfAndDescendants(elements[i]).OfType<Paragraph>())
            {
                string? style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
                if ((context.Styles.HeadingLevel(style) is not null && !context.Styles.Is(style, "Title") && !context.Styles.Is(style, "Subtitle"))
                    || context.Styles.Is(style, "TOC Heading") || context.Styles.Is(style, "toc 1"))
                {
                    return i;
                }

                if (paragraph.Descendants<Break>().Any(b => b.Type?.Value == BreakValues.Page) || paragraph.ParagraphProperties?.SectionProperties is not null)
                {
                    return i + 1;
                }
            }
        }

        return -1;
    }

    private static void ReadControls(
        List<OpenXmlElement> region,
        Dictionary<string, string> values,
        List<Dictionary<string, string>> contacts,
        List<(OpenXmlElement Where, string What)> unmapped,
        HashSet<OpenXmlElement> mapped)
    {
        foreach (var sdt in region.SelectMany(e => SelfAndDescendants(e).OfType<SdtElement>()))
        {
            string? name = ContentControlSyntax.Tag(sdt) ?? sdt.SdtProperties?.GetFirstChild<SdtAlias>()?.Val?.Value?.Trim();
            if (string.IsNullOrEmpty(name))
            {
                continue;
            }

            mapped.Add(sdt);
            string key = name.ToLowerInvariant();
            if (!Placeholders.IsKnown(key) || Placeholders.IsBlock(key) || key is "page" or "pages")
            {
                if (!Placeholders.IsKnown(key))
                {
                    unmapped.Add(((OpenXmlElement)sdt, "a content control named '" + name + "'"));
                }

                continue;
            }

            if (sdt.SdtProperties?.GetFirstChild<ShowingPlaceholder>() is not null)
            {
                // Still its prompt: no value.
                continue;
            }

            string value = PlainText.Of(sdt).Trim();
            if (value.Length == 0)
            {
                continue;
            }

            if (key.StartsWith("contact.", StringComparison.Ordinal))
            {
                if (contacts.Count == 0 || contacts[^1].ContainsKey(key))
                {
                    contacts.Add(new Dictionary<string, string>(StringComparer.Ordinal));
                }

                contacts[^1][key] = CoverText.Normalize(value);
                continue;
            }

            values.TryAdd(key, CoverText.Normalize(value.Replace('\n', ' ')));
        }
    }

    /// <summary>A row whose first cell is a field's label ("Source", "Question(s):", "Contact"): its value in the next cells.</summary>
    private static void ReadRow(TableRow row, Dictionary<string, string> values, List<Contact> contacts, HashSet<OpenXmlElement> mapped)
    {
        var cells = row.Elements<TableCell>().ToList();
        if (cells.Count < 2 || Label(CellText(cells[0])) is not { } key)
        {
            return;
        }

        mapped.Add(row);
        if (key == "contacts")
        {
            if (ParseContact(CellText(cells[1]), cells.Count > 2 ? CellText(cells[2]) : string.Empty) is { } contact)
            {
                contacts.Add(contact);
            }

            return;
        }

        if (!cells[1].Descendants<SdtElement>().Any(mapped.Contains))
        {
            // A content control named after a field gives the value itself (LibreOffice keeps the control but drops its name).
            values.TryAdd(key, CoverText.Normalize(CellText(cells[1]).Replace('\n', ' ')));
        }
    }

    /// <summary>
    /// A line of the cover: the Title paragraph; else its parts between separators (·, —, |): a document number, a type
    /// line, the place and dates, a parent body, a group, STUDY PERIOD, Original. False when nothing was read from it.
    /// </summary>
    private bool ReadLine(Paragraph paragraph, string line, Dictionary<string, string> values)
    {
        string? style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        if (context.Styles.Is(style, "Title"))
        {
            return values.TryAdd("title", line);
        }

        bool read = false;
        if (line.Length > 120)
        {
            // A sentence, not a line of a cover.
            return false;
        }

        foreach (string part in Separators().Split(line).Select(p => p.Trim()).Where(p => p.Length > 0))
        {
            if (part.StartsWith("STUDY PERIOD", StringComparison.OrdinalIgnoreCase))
            {
                read |= values.TryAdd("study-period", part["STUDY PERIOD".Length..].Trim());
                continue;
            }

            if (part.StartsWith("Original:", StringComparison.OrdinalIgnoreCase))
            {
                read |= values.TryAdd("original", part["Original:".Length..].Trim());
                continue;
            }

            if (CoverText.Meeting(part) is not null)
            {
                read |= values.TryAdd("meeting", part);
                continue;
            }

            if (CoverText.Number(part) is not null)
            {
                read |= values.TryAdd("number", part);
                continue;
            }

            // "TD TSAG-TD521": a type line and a number.
            var words = part.Split(' ');
            if (words.Length is > 1 and <= 4 && (CoverText.Number(words[^1]) is not null || NumberPlaceholder().IsMatch(words[^1])))
            {
                read = true;
                values.TryAdd("number", words[^1]);
                if (TypeOf(string.Join(' ', words[..^1])) is not null)
                {
                    values.TryAdd("type", string.Join(' ', words[..^1]));
                }

                continue;
            }

            if (TypeOf(part) is not null)
            {
                read |= values.TryAdd("type", part);
                continue;
            }

            if (GroupLike().IsMatch(part))
            {
                read |= values.TryAdd("group", part);
                continue;
            }

            if (part.Length <= 40 && CoverText.Parent(part) is not null && !string.Equals(part, "ITU-T", StringComparison.OrdinalIgnoreCase) && !string.Equals(part, "ITU", StringComparison.OrdinalIgnoreCase))
            {
                read |= values.TryAdd("parent", part);
                continue;
            }

            read |= part is "ITU-T" or "ITU";
        }

        return read;
    }

    /// <summary>The <c>type:</c> value a type line names (TD, CONTRIBUTION, LIAISON STATEMENT, REPORT n…), else null.</summary>
    private static string? TypeOf(string? text)
    {
        if (text is null)
        {
            return null;
        }

        string value = CoverText.Normalize(text);
        if (DocumentForms.All.FirstOrDefault(f => string.Equals(value, f.TypeLine, StringComparison.OrdinalIgnoreCase) || string.Equals(value, f.Name, StringComparison.OrdinalIgnoreCase)) is { } form)
        {
            return form.Name;
        }

        return CoverReader.ReportLine().IsMatch(value) ? DocumentForms.Report.Name : null;
    }

    private (Dictionary<string, string> Custom, Dictionary<string, string> Core) Properties()
    {
        var custom = new Dictionary<string, string>(StringComparer.Ordinal);
        var core = new Dictionary<string, string>(StringComparer.Ordinal);
        var package = context.Main.OpenXmlPackage as DocumentFormat.OpenXml.Packaging.WordprocessingDocument;
        foreach (var property in package?.CustomFilePropertiesPart?.Properties?.Elements<DocumentFormat.OpenXml.CustomProperties.CustomDocumentProperty>() ?? [])
        {
            if (property.Name?.Value is { } name && Placeholders.IsKnown(name) && !Placeholders.IsBlock(name) && CoverText.Normalize(property.InnerText) is { Length: > 0 } value)
            {
                custom.TryAdd(name.ToLowerInvariant(), value);
            }
        }

        if (package?.PackageProperties is { } properties)
        {
            void Add(string key, string? value)
            {
                if (CoverText.Normalize(value ?? string.Empty) is { Length: > 0 } text)
                {
                    core[key] = text;
                }
            }

            Add("title", properties.Title);
            Add("number", properties.Subject is { } subject && CoverText.Number(subject) is not null ? subject : null);
            Add("keywords", properties.Keywords);
            Add("abstract", properties.Description);
        }

        return (custom, core);
    }

    private static IEnumerable<OpenXmlElement> SelfAndDescendants(OpenXmlElement element) => element.Descendants().Prepend(element);

    private static string CellText(TableCell cell) => string.Join('\n', cell.Elements<OpenXmlElement>().SelectMany(e => SelfAndDescendants(e).OfType<Paragraph>()).Select(PlainText.Of)).Trim();

    /// <summary>A field's label, with or without its colon.</summary>
    private static string? Label(string text) => CoverText.Normalize(text).TrimEnd(':').Trim().ToLowerInvariant() switch
    {
        "question(s)" or "questions" or "question" => "questions",
        "meeting" or "place and date" or "place and dates" => "meeting",
        "study group" => "parent",
        "source" => "source",
        "title" => "title",
        "purpose" => "purpose",
        "contact" or "contacts" => "contacts",
        "keywords" => "keywords",
        "abstract" or "summary" => "abstract",
        "for action to" => "for-action",
        "for information to" => "for-information",
        "approval" => "approval",
        "deadline" => "deadline",
        "study period" => "study-period",
        _ => null,
    };

    /// <summary>
    /// A contact cell: the name, then the organization and country (on lines of their own, or "Organization, Country" on
    /// one line); the other cell's lines labelled Tel and E-mail, or an address with '@' and a number starting with '+'.
    /// </summary>
    private static Contact? ParseContact(string who, string reach)
    {
        string[] lines = [.. who.Split('\n').Select(l => CoverText.Normalize(l)).Where(l => l.Length > 0)];
        string? tel = null;
        string? email = null;
        var rest = new List<string>();
        foreach (string raw in lines.Skip(1).Concat(reach.Split('\n').Select(l => CoverText.Normalize(l.Replace('\t', ' ')))).Where(l => l.Length > 0))
        {
            var match = CoverReader.ReachLine().Match(raw);
            if (match.Success)
            {
                CoverReader.TakeReach(match, ref tel, ref email);
            }
            else if (Email().IsMatch(raw))
            {
                email ??= raw;
            }
            else if (Phone().IsMatch(raw))
            {
                tel ??= raw;
            }
            else if (lines.Contains(raw))
            {
                rest.Add(raw);
            }
        }

        if (lines.Length == 0)
        {
            return null;
        }

        string? organization = rest.Count > 0 ? rest[0] : null;
        string? country = rest.Count > 1 ? string.Join(", ", rest.Skip(1)) : null;
        if (rest.Count == 1 && organization!.LastIndexOf(", ", StringComparison.Ordinal) is > 0 and var comma)
        {
            country = organization[(comma + 2)..];
            organization = organization[..comma];
        }

        return new Contact(lines[0], organization, country, tel, email);
    }

    /// <summary>A number still to be given: rgiem's TSAG-TDxxx.</summary>
    [GeneratedRegex(@"^[A-Z0-9-]+xxx$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPlaceholder();

    [GeneratedRegex(@"[\u00B7\u2014|]", RegexOptions.CultureInvariant)]
    private static partial Regex Separators();

    [GeneratedRegex(@"^Action(?:[ \u00A0]+required)?[ \u00A0]*:[ \t\u00A0]*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ActionLabel();

    [GeneratedRegex(@"^(?:RG-[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*|WP\d{1,2}/[A-Z0-9]+|Q\d{1,2}/\d{1,2}|JCA-[A-Z0-9-]+|FG-[A-Za-z0-9-]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex GroupLike();

    [GeneratedRegex(@"\b(?:19|20)\d{2}[-\u2013](?:19|20)\d{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex StudyPeriod();

    [GeneratedRegex(@"^[^\s@]+@[^\s@]+\.[^\s@]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"^\+?[0-9][0-9 ().-]{5,}$", RegexOptions.CultureInvariant)]
    private static partial Regex Phone();
}
