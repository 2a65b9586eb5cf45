using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Import;
using Rgiem.Core.Model;
using Rgiem.Core.References;
using Rgiem.Docx.HouseStyle;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace Rgiem.Docx.Import;

/// <summary>
/// Reads TSB's cover forms back into front matter values: the tables at the start of the document (the top block,
/// the labelled rows, the Abstract table) and the "Action:" paragraph after them. The forms are those
/// <see cref="DocumentForms"/> defines and <c>CoverPageWriter</c> writes; the reading goes by the row labels
/// (Question(s):, Source:, Title:, Contact:…, the LS rows), the styles of TSB's templates (Docnumber, VenueDate,
/// TSBHeaderRight14) and the texts of the top block (STUDY PERIOD, Original:), so that documents made by TSB's
/// templates in Word read as well as rgiem's own. A value found but not understood is reported (RG8201) and kept as
/// a comment in the front matter.
/// </summary>
internal sealed partial class CoverReader(ImportContext context, BodyReader body)
{
    private static readonly string[] CoverMarks =
        ["Question(s):", "Source:", "Title:", "Abstract:", "STUDY PERIOD", "INTERNATIONAL TELECOMMUNICATION UNION", "Contact:", "For action to:", "Approval:"];

    /// <summary>The cover, and the index of the first element of the body.</summary>
    public (ImportedCover Cover, int BodyStart) Read(IReadOnlyList<OpenXmlElement> elements)
    {
        var tables = new List<Table>();
        var more = new List<OpenXmlElement>();
        Paragraph? action = null;
        int start = 0;
        for (int i = 0; i < elements.Count; i++)
        {
            var element = elements[i];
            if (element is Table table && IsCover(table))
            {
                tables.Add(table);
                start = i + 1;
                continue;
            }

            if (element is Paragraph paragraph)
            {
                string text = CoverText.Normalize(PlainText.Of(paragraph));
                if (text.Length == 0 && !paragraph.Descendants<Drawing>().Any())
                {
                    continue;
                }

                if (tables.Count > 0 && action is null && text.StartsWith("Action:", StringComparison.OrdinalIgnoreCase))
                {
                    action = paragraph;
                    start = i + 1;
                    continue;
                }

                if (action is not null && start == i && ContinuesAction(paragraph))
                {
                    more.Add(paragraph);
                    start = i + 1;
                    continue;
                }
            }

            break;
        }

        if (tables.Count == 0)
        {
            if (new TemplateCoverReader(context, body).Read(elements) is { } other)
            {
                return other;
            }

            context.Report(ImportDescriptors.NoCover, context.DisplayName);
            return (new ImportedCover(), 0);
        }

        var cover = ReadTables(tables);
        if (action is not null)
        {
            var content = body.Inlines(action);
            var label = ActionLabel().Match(Core.Model.BlockWalker.PlainText(content));
            cover = cover with
            {
                Action = BodyReader.Strip(content, label.Length),
                ActionMore = more.Count > 0 ? new BodyReader(context).Read(more) : [],
            };
        }

        return (cover, start);
    }

    /// <summary>
    /// A paragraph right after the "Action:" paragraph that belongs to it: an item of a list (its own numbering, or
    /// ITU's enumlev styles) or a paragraph indented under the action text, as TSB's forms and rgiem write the list
    /// that follows "TSAG is invited to:"; never a heading.
    /// </summary>
    private static bool ContinuesAction(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties;
        string style = properties?.ParagraphStyleId?.Val?.Value ?? string.Empty;
        if (style.Contains("heading", StringComparison.OrdinalIgnoreCase) || properties?.OutlineLevel is not null || paragraph.Descendants<Break>().Any(b => b.Type?.Value == BreakValues.Page))
        {
            return false;
        }

        return properties?.NumberingProperties is not null
            || style.StartsWith("enumlev", StringComparison.OrdinalIgnoreCase)
            || (int.TryParse(properties?.Indentation?.Left?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int left) && left >= 567);
    }

    private static bool IsCover(Table table)
    {
        string text = PlainText.Of(table);
        return CoverMarks.Any(mark => text.Contains(mark, StringComparison.OrdinalIgnoreCase))
            || table.Descendants<ParagraphStyleId>().Any(s => s.Val?.Value == StyleIds.DocNumber);
    }

    private ImportedCover ReadTables(List<Table> tables)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var contacts = new List<Contact>();
        var unread = new List<KeyValuePair<string, string>>();
        var texts = new List<string>();
        var right = new List<string>();
        string? numberText = null;
        string? meetingText = null;
        string? studyPeriod = null;
        string? original = null;
        bool questionsLabel = false;
        Paragraph? firstParagraph = tables[0].Descendants<Paragraph>().FirstOrDefault();

        foreach (var row in tables.SelectMany(t => t.Descendants<TableRow>()))
        {
            var cells = row.Elements<TableCell>().ToList();
            for (int c = 0; c < cells.Count; c++)
            {
                string cellText = Text(cells[c]);
                if (Label(cellText) is { } key)
                {
                    string next = c + 1 < cells.Count ? Text(cells[c + 1]) : string.Empty;
                    switch (key)
                    {
                        case "contact":
                            if (ParseContact(next, c + 2 < cells.Count ? Text(cells[c + 2]) : string.Empty) is { } contact)
                            {
                                contacts.Add(contact);
                            }

                            c += 2;
                            continue;
                        case "questions":
                            questionsLabel = true;
                            values[key] = next;
                            if (c + 2 < cells.Count && Label(Text(cells[c + 2])) is null)
                            {
                                meetingText ??= Text(cells[c + 2]);
                            }

                            c += 1;
                            continue;
                        default:
                            values[key] = next;
                            c += 1;
                            continue;
                    }
                }

                foreach (var paragraph in cells[c].Elements<Paragraph>())
                {
                    string style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? string.Empty;
                    string text = CoverText.Normalize(PlainText.Of(paragraph));
                    if (text.Length == 0)
                    {
                        continue;
                    }

                    texts.Add(text);
                    if (style == StyleIds.DocNumber && numberText is null)
                    {
                        numberText = text;
                    }
                    else if (style == StyleIds.VenueDate)
                    {
                        meetingText ??= text;
                    }
                    else if (text.StartsWith("STUDY PERIOD", StringComparison.OrdinalIgnoreCase))
                    {
                        studyPeriod = text["STUDY PERIOD".Length..].Trim().Replace('\u2013', '-');
                    }
                    else if (text.StartsWith("Original:", StringComparison.OrdinalIgnoreCase))
                    {
                        original = text["Original:".Length..].Trim();
                    }
                    else if (style == StyleIds.CoverRight)
                    {
                        right.Add(text);
                    }
                }
            }
        }

        context.Current = firstParagraph;
        string? Value(string key) => values.TryGetValue(key, out string? value) && CoverText.Normalize(value.Replace('\n', ' ')) is { Length: > 0 } text ? text : null;
        void Unread(string key, string what, string text, string expected)
        {
            context.Report(ImportDescriptors.CoverValueUnread, what, text, context.Place(), expected);
            unread.Add(new(key, text));
        }

        // The type line: TD, CONTRIBUTION, REPORT n, LIAISON STATEMENT, PLENARY MEETING.
        DocumentForm? form = null;
        foreach (string text in texts)
        {
            form ??= DocumentForms.All.FirstOrDefault(f => string.Equals(text, f.TypeLine, StringComparison.OrdinalIgnoreCase))
                ?? (ReportLine().IsMatch(text) ? DocumentForms.Report : null);
        }

        // The number: the Docnumber paragraph, else any text of the top block that reads as one.
        string? number = null;
        if (numberText is not null)
        {
            number = CoverText.Number(numberText) ?? CoverText.ConferenceNumber(numberText, string.Join(' ', texts));
            if (number is null && !NumberPlaceholder().IsMatch(numberText))
            {
                Unread("number", "document number", numberText, "TSAG-TD521, SG17-C123, TD 120 Rev.1, WTSA16/44(Add.9), DOC5 (230131)");
            }
        }
        else
        {
            number = texts.Select(CoverText.Number).FirstOrDefault(n => n is not null);
        }

        DocumentNumber? parsed = DocumentNumber.TryParse(number, out var numberParsed) ? numberParsed : null;
        form ??= parsed?.Type switch
        {
            "C" => DocumentForms.Contribution,
            "R" => DocumentForms.Report,
            "LS" => DocumentForms.Liaison,
            "TD" => DocumentForms.TD,
            _ => number is not null && Core.References.ConferenceNumber.TryParse(number, out _) ? DocumentForms.Conference : null,
        };

        // The parent: the top block's second line (TSAG, STUDY GROUP 17), a report's body line, an LS's Study Group row, the number's body.
        string? parent = Value("studygroup") is { } group ? CoverText.Parent(group) : null;
        DateOnly? date = null;
        foreach (string text in right.Concat(texts.Where(t => string.Equals(t, BodyNames.FullName("TSAG"), StringComparison.OrdinalIgnoreCase))))
        {
            if (CoverText.Day(text) is { } day)
            {
                date = day;
            }
            else if (!MonthYear().IsMatch(text))
            {
                parent ??= CoverText.Parent(text);
            }
        }

        parent ??= parsed?.Body is { } numberBody && CoverText.Parent(numberBody) is { } fromNumber ? fromNumber : null;

        // The place and dates: VenueDate, the Question(s) row's last cell, an LS's Meeting row, a conference's organization block.
        meetingText = Value("meeting") ?? (meetingText is null ? null : CoverText.Normalize(meetingText.Replace('\n', ' ')));
        if (string.IsNullOrEmpty(meetingText) && form == DocumentForms.Conference)
        {
            meetingText = texts.FirstOrDefault(t => CoverText.Meeting(t) is not null);
        }

        MeetingInfo? meeting = null;
        if (!string.IsNullOrEmpty(meetingText))
        {
            meeting = CoverText.Meeting(meetingText);
            if (meeting is null)
            {
                Unread("meeting", "place and dates", meetingText, "Place, 29 July – 2 August 2024");
            }
        }

        IReadOnlyList<string>? questions = null;
        if (questionsLabel)
        {
            questions = Split(Value("questions") ?? string.Empty, ',', ';');
        }
        else if (meetingText is not null && form != DocumentForms.Conference)
        {
            // The cover has the place and dates but no Question(s) label: rgiem's "questions: ''".
            questions = [];
        }

        DateOnly? deadline = null;
        if (Value("deadline") is { } deadlineText)
        {
            deadline = CoverText.Day(deadlineText);
            if (deadline is null)
            {
                Unread("deadline", "deadline", deadlineText, "15 November 2024");
            }
        }

        string? workingParty = Value("workingparty");
        string? groupName = workingParty is { Length: > 0 } wp && wp.All(char.IsAsciiDigit) && parent is not null
            ? "WP" + int.Parse(wp, NumberStyles.None, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) + "/" + parent
            : null;

        string? keywords = Value("keywords");
        return new ImportedCover
        {
            Number = number,
            Type = form?.Name,
            Parent = parent,
            Group = groupName,
            StudyPeriod = studyPeriod,
            Original = original,
            Questions = questions,
            Meeting = meeting,
            Date = form == DocumentForms.Conference ? date : null,
            Source = Value("source"),
            Title = Value("title"),
            Purpose = Value("purpose"),
            Contacts = contacts,
            Keywords = keywords is null ? [] : Split(keywords, keywords.Contains(';', StringComparison.Ordinal) ? ';' : ','),
            Abstract = Value("abstract"),
            ForAction = Split(Value("foraction") ?? string.Empty, ','),
            ForInformation = Split(Value("forinformation") ?? string.Empty, ','),
            Approval = Value("approval"),
            Deadline = deadline,
            Unread = unread,
        };
    }

    private static string Text(TableCell cell) => string.Join('\n', cell.Elements<Paragraph>().Select(PlainText.Of)).Trim();

    private static string? Label(string text) => CoverText.Normalize(text).TrimEnd(':').Trim().ToLowerInvariant() switch
    {
        _ when !CoverText.Normalize(text).EndsWith(':') => null,
        "question(s)" or "questions" or "question" => "questions",
        "meeting" => "meeting",
        "study group" => "studygroup",
        "working party" => "workingparty",
        "source" => "source",
        "title" => "title",
        "purpose" => "purpose",
        "contact" => "contact",
        "keywords" => "keywords",
        "abstract" => "abstract",
        "for action to" => "foraction",
        "for information to" => "forinformation",
        "approval" => "approval",
        "deadline" => "deadline",
        _ => null,
    };

    internal static IReadOnlyList<string> Split(string text, params char[] separators) =>
        [.. text.Split(separators).Select(s => CoverText.Normalize(s)).Where(s => s.Length > 0)];

    /// <summary>A Contact row: name, organization and country on lines of the first cell; Tel and E-mail lines in the second.</summary>
    private static Contact? ParseContact(string who, string reach)
    {
        string[] lines = [.. who.Split('\n').Select(l => CoverText.Normalize(l)).Where(l => l.Length > 0)];
        if (lines.Length == 0)
        {
            return null;
        }

        string? tel = null;
        string? email = null;
        foreach (string line in reach.Split('\n'))
        {
            var match = ReachLine().Match(CoverText.Normalize(line.Replace('\t', ' ')));
            if (!match.Success)
            {
                continue;
            }

            TakeReach(match, ref tel, ref email);
        }

        return new Contact(lines[0], lines.Length > 1 ? lines[1] : null, lines.Length > 2 ? string.Join(", ", lines[2..]) : null, tel, email);
    }

    /// <summary>A matched Tel or E-mail line's value, kept where none was found yet; a Fax line is left out.</summary>
    internal static void TakeReach(Match match, ref string? tel, ref string? email)
    {
        string value = match.Groups["value"].Value.Trim();
        if (match.Groups["kind"].Value.StartsWith("Tel", StringComparison.OrdinalIgnoreCase))
        {
            tel ??= value;
        }
        else if (!match.Groups["kind"].Value.StartsWith("Fax", StringComparison.OrdinalIgnoreCase))
        {
            email ??= value;
        }
    }

    /// <summary>A number still to be given: rgiem's TSAG-TDxxx, TSB's template's SG12-Cn.</summary>
    [GeneratedRegex(@"(?:xxx|[A-Z]n)$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPlaceholder();

    [GeneratedRegex(@"^REPORT\s+\d+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex ReportLine();

    [GeneratedRegex(@"^[A-Za-z]+\s+\d{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"^(?<kind>Tel|Fax|E-?mail)\s*[.:]?\s*(?<value>.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex ReachLine();

    [GeneratedRegex(@"^Action:[ \t\u00A0]*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ActionLabel();
}
