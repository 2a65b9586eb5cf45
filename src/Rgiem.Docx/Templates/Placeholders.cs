using Rgiem.Core.Model;
using Rgiem.Core.Text;
using Rgiem.Docx.Writers;

namespace Rgiem.Docx.Templates;

/// <summary>
/// The placeholders a template may hold — as <c>{{name}}</c> markers or as content controls tagged with the
/// name — and their values for a record. Names are case-insensitive; a marker written in capitals
/// (<c>{{PARENT}}</c>) gives its value in capitals.
/// </summary>
internal static class Placeholders
{
    /// <summary>Replaced by the rendered body (a paragraph of its own).</summary>
    public const string Body = "body";

    /// <summary>Replaced by the table of contents when the record asks for one (a paragraph of its own).</summary>
    public const string Toc = "toc";

    /// <summary>The "Action:" text: inline, its first paragraph; further paragraphs and lists follow the paragraph.</summary>
    public const string Action = "action";

    public const string Page = "page";
    public const string Pages = "pages";

    /// <summary>Every placeholder name and what it stands for (docs/templates.md lists the same).</summary>
    public static IReadOnlyList<(string Name, string Meaning)> All { get; } =
    [
        ("number", "the document number (TSAG-TDxxx while drafting)"),
        ("type", "the type line: TD, CONTRIBUTION, REPORT n, LIAISON STATEMENT"),
        ("group", "the group (RG-IEM)"),
        ("parent", "the parent body (TSAG)"),
        ("study-period", "the study period (2022-2024)"),
        ("original", "the language of the original"),
        ("questions", "the Question(s), separated by commas"),
        ("meeting", "place and dates: Geneva, 29 July – 2 August 2024"),
        ("meeting.place", "the meeting place"),
        ("meeting.dates", "the meeting dates: 29 July – 2 August 2024"),
        ("source", "the source"),
        ("title", "the title"),
        ("purpose", "the purpose"),
        ("keywords", "the keywords, separated by semicolons"),
        ("abstract", "the abstract"),
        ("action", "the 'Action:' text (Markdown: its first paragraph in place, further paragraphs after it)"),
        ("contacts", "every contact, one per line: name, organization, country, Tel, E-mail"),
        ("contact", "a contact's name, organization and country, one per line (a table row holding contact placeholders is repeated for each contact)"),
        ("contact.name", "a contact's name"),
        ("contact.organization", "a contact's organization"),
        ("contact.country", "a contact's country"),
        ("contact.tel", "a contact's telephone"),
        ("contact.email", "a contact's e-mail address"),
        ("for-action", "liaison statements: the addressees asked for action, separated by commas (the 'For action to:' row)"),
        ("for-information", "liaison statements: the addressees informed, separated by commas (the 'For information to:' row)"),
        ("for", "liaison statements, old form: action when there are addressees for action, else information"),
        ("to", "liaison statements, old form: every addressee, separated by commas"),
        ("approval", "liaison statements: who agreed the text"),
        ("deadline", "liaison statements: the reply deadline (15 October 2024)"),
        ("chair", "who chaired the meeting"),
        ("date", "the document's date"),
        ("date-line", "a report's date line (APRIL 2018), a conference document's date"),
        ("body-name", "the parent body in full (TELECOMMUNICATION STANDARDIZATION ADVISORY GROUP, STUDY GROUP 17)"),
        (Body, "the body of the record (a paragraph of its own)"),
        (Toc, "the table of contents with 'toc: true' (a paragraph of its own)"),
        (Page, "a PAGE field: the page number"),
        (Pages, "a NUMPAGES field: the number of pages"),
    ];

    /// <summary>
    /// Cover fields of the record and the placeholders that give each a place; a field the record sets
    /// whose placeholders all are absent from the template is reported (RG8018).
    /// </summary>
    public static IReadOnlyList<(string Field, string[] Names)> CoverFields { get; } =
    [
        ("number", ["number"]),
        ("questions", ["questions"]),
        ("meeting", ["meeting", "meeting.place", "meeting.dates"]),
        ("source", ["source"]),
        ("title", ["title"]),
        ("purpose", ["purpose"]),
        ("contacts", ["contacts", "contact", "contact.name"]),
        ("keywords", ["keywords"]),
        ("abstract", ["abstract"]),
        ("action", [Action]),
        ("for-action", ["for-action", "to"]),
        ("for-information", ["for-information", "to"]),
        ("approval", ["approval"]),
        ("deadline", ["deadline"]),
    ];

    public static bool IsKnown(string name) => All.Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    public static bool IsBlock(string name) => Is(name, Body) || Is(name, Toc);

    public static bool IsContact(string name) => Is(name, "contact") || name.StartsWith("contact.", StringComparison.OrdinalIgnoreCase);

    public static bool Is(string name, string known) => string.Equals(name, known, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the record sets the cover field (a default such as Questions N/A does not count).</summary>
    public static bool RecordHas(RecordMetadata metadata, string field) => field switch
    {
        "number" => metadata.Number is not null,
        "questions" => metadata.Questions.Count > 0 && !(metadata.Questions.Count == 1 && metadata.Questions[0] == "N/A"),
        "meeting" => metadata.Meeting is not null,
        "source" => !string.IsNullOrWhiteSpace(metadata.Source),
        "title" => !string.IsNullOrWhiteSpace(metadata.Title),
        "purpose" => !string.IsNullOrWhiteSpace(metadata.Purpose),
        "contacts" => metadata.Contacts.Count > 0,
        "keywords" => metadata.Keywords.Count > 0,
        "abstract" => !string.IsNullOrWhiteSpace(metadata.Abstract),
        "action" => metadata.Action.Count > 0,
        "for-action" => metadata.ForAction.Count > 0,
        "for-information" => metadata.ForInformation.Count > 0,
        "approval" => metadata.Approval is not null,
        "deadline" => metadata.Deadline is not null,
        _ => false,
    };

    /// <summary>The text of an inline placeholder, or null when the record has no value for it.</summary>
    public static string? Value(RecordMetadata metadata, string name, int contact = 0)
    {
        string key = name.ToLowerInvariant();
        var person = contact < metadata.Contacts.Count ? metadata.Contacts[contact] : null;
        string? value = key switch
        {
            "number" => CoverPageWriter.DocumentNumber(metadata),
            "type" => CoverPageWriter.TypeLine(metadata),
            "group" => metadata.Group,
            "parent" => BodyNames.LongName(metadata.Parent) is { Length: > 0 } parent ? parent : null,
            "body-name" => BodyNames.FullName(metadata.Parent),
            "date-line" => CoverPageWriter.DateLine(metadata),
            "study-period" => metadata.StudyPeriod,
            "original" => metadata.Original,
            "questions" => string.Join(", ", metadata.Questions),
            "meeting" => metadata.Meeting is null ? null : CoverPageWriter.PlaceAndDates(metadata.Meeting),
            "meeting.place" => metadata.Meeting?.Place,
            "meeting.dates" => metadata.Meeting?.From is { } from ? ItuDates.Range(from, metadata.Meeting.To ?? from) : null,
            "source" => metadata.Source,
            "title" => metadata.Title,
            "purpose" => metadata.Purpose,
            "keywords" => metadata.Keywords.Count > 0 ? string.Join("; ", metadata.Keywords) : null,
            "abstract" => metadata.Abstract,
            "action" => metadata.Action.Count > 0 ? string.Join("\n", metadata.Action.Select(b => string.Join(" ", BlockWalker.InlineGroups(b).Select(BlockWalker.PlainText)))) : null,
            "contacts" => metadata.Contacts.Count > 0 ? string.Join("\n", metadata.Contacts.Select(OneLine)) : null,
            "contact" => person is null ? null : string.Join("\n", new[] { person.Name, person.Organization, person.Country }.Where(s => !string.IsNullOrWhiteSpace(s))),
            "contact.name" => person?.Name,
            "contact.organization" => person?.Organization,
            "contact.country" => person?.Country,
            "contact.tel" => person?.Tel,
            "contact.email" => person?.Email,
            "for-action" => metadata.ForAction.Count > 0 ? string.Join(", ", metadata.ForAction) : null,
            "for-information" => metadata.ForInformation.Count > 0 ? string.Join(", ", metadata.ForInformation) : null,
            "for" => metadata.ForAction.Count > 0 ? "action" : metadata.ForInformation.Count > 0 ? "information" : null,
            "to" => metadata.ForAction.Count + metadata.ForInformation.Count > 0 ? string.Join(", ", metadata.ForAction.Concat(metadata.ForInformation)) : null,
            "approval" => metadata.Approval,
            "deadline" => metadata.Deadline is { } deadline ? ItuDates.Day(deadline) : null,
            "chair" => metadata.Chair,
            "date" => (metadata.Date ?? metadata.Meeting?.To) is { } date ? ItuDates.Day(date) : null,
            _ => null,
        };
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    private static string OneLine(Contact contact)
    {
        var parts = new List<string> { contact.Name };
        parts.AddRange(new[] { contact.Organization, contact.Country }.Where(s => !string.IsNullOrWhiteSpace(s))!);
        if (!string.IsNullOrWhiteSpace(contact.Tel))
        {
            parts.Add("Tel: " + contact.Tel);
        }

        if (!string.IsNullOrWhiteSpace(contact.Email))
        {
            parts.Add("E-mail: " + contact.Email);
        }

        return string.Join(", ", parts);
    }
}
