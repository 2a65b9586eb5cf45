using Rgiem.Core.Yaml;

namespace Rgiem.Core.FrontMatter;

/// <summary>
/// The record format: every front matter field, its type and meaning. This list is the single source
/// of truth for validation, binding, <c>rgiem schema</c> and docs/record-format.md.
/// </summary>
public static class FrontMatterSchema
{
    /// <summary>
    /// The purposes ITU-T covers use. A purpose may combine several of them with "and", a comma or a slash, as
    /// TSAG's own TDs do ("Information and action", "Discussion and action", "Discussion/Decision").
    /// </summary>
    public static readonly IReadOnlyList<string> Purposes =
        ["Action", "Admin", "Agreement", "Approval", "Decision", "Discussion", "Information", "Proposal", "Report"];

    /// <summary>True when <paramref name="purpose"/> is one of <see cref="Purposes"/> or several joined by "and", "&amp;", a comma or a slash.</summary>
    /// <remarks>
    /// Read in place (issue 21, h28c): the parts are what <c>Replace(" and ", ",", OrdinalIgnoreCase)</c>, then '&amp;' and
    /// '/' replaced by commas, then <c>Split(',', TrimEntries)</c> gave (" and " found left to right, without overlaps),
    /// each trimmed and compared without copies.
    /// </remarks>
    public static bool IsUsualPurpose(string purpose)
    {
        int start = 0;
        int at = 0;
        while (true)
        {
            int separator = at == purpose.Length ? -1
                : purpose[at] is ',' or '&' or '/' ? 1
                : purpose.AsSpan(at).StartsWith(" and ", StringComparison.OrdinalIgnoreCase) ? 5
                : 0;
            if (separator == 0)
            {
                at++;
                continue;
            }

            if (!IsPurpose(purpose.AsSpan(start, at - start).Trim()))
            {
                return false;
            }

            if (separator < 0)
            {
                return true;
            }

            at += separator;
            start = at;
        }
    }

    private static bool IsPurpose(ReadOnlySpan<char> part)
    {
        for (int i = 0; i < Purposes.Count; i++)
        {
            if (part.Equals(Purposes[i], StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The values of <c>type</c>: the forms of <see cref="Model.DocumentForms"/>.</summary>
    public static IReadOnlyList<string> DocumentTypes => Model.DocumentForms.Names;

    /// <summary>The values of <c>kind</c>.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["meeting", "progress-report"];

    /// <summary>The values of <c>action-status[].status</c>.</summary>
    public static readonly IReadOnlyList<string> ActionStatuses = ["agreed", "approved", "done"];
    /// <summary>What a liaison statement asks of its addressees ("For action to:").</summary>
    public static readonly IReadOnlyList<string> LiaisonPurposes = ["action", "comment", "information"];

    public static IReadOnlyList<FieldSpec> Fields { get; } =
    [
        new("number", FieldKind.DocumentNumber, "TSB document number, e.g. TSAG-TD521, TSAG-C015R1, DOC5 (230131) for an interim meeting's document, or WTSA16/44(Add.9) for a conference document. Optional while drafting; required by --final.")
        {
            Example = "TSAG-TD521",
        },
        new("type", FieldKind.Choice, "The document form: TD (default), C (contribution), Report, LS (liaison statement) or Conference (a WTSA or PP document, its addenda and revisions). Each has TSB's cover and its own required fields.")
        {
            AllowedValues = DocumentTypes,
            Example = "TD",
        },
        new("group", FieldKind.GroupName, "The group that met, as ITU writes it: RG-IEM, WP2/TSAG, Q4/19, SG17, JCA-AHF, FG-AI4H. Its name before a slash is the default action prefix (WP2 for WP2/TSAG).")
        {
            Required = true,
            Example = "RG-IEM",
        },
        new("parent", FieldKind.Text, "The parent body: TSAG, SG17 or STUDY GROUP 17. Its code (SG17) is used in document numbers, its long name (STUDY GROUP 17) on the cover.")
        {
            Required = true,
            Example = "TSAG",
        },
        new("study-period", FieldKind.StudyPeriod, "The study period, e.g. 2022-2024.")
        {
            Required = true,
            Example = "2022-2024",
        },
        new("original", FieldKind.Text, "Language of the original (default English).")
        {
            Example = "English",
        },
        new("questions", FieldKind.TextList, "Question(s) concerned, e.g. N/A, All/17 or [Q10/13, Q11/13] (default N/A; an empty value leaves the row out).")
        {
            Example = "N/A",
        },
        new("meeting", FieldKind.Object, "Where and when the parent body meets.")
        {
            Example = "{place: Geneva, from: 2024-07-29, to: 2024-08-02}",
            Fields =
            [
                new("place", FieldKind.Text, "Meeting place, e.g. Geneva or Virtual.") { Example = "Geneva" },
                new("from", FieldKind.Date, "First day of the meeting.") { Required = true, Example = "2024-07-29" },
                new("to", FieldKind.Date, "Last day of the meeting (default: the first day).") { Example = "2024-08-02" },
            ],
        },
        new("source", FieldKind.Text, "Who submits the document: a role, e.g. 'Rapporteur, TSAG RG-IEM'.")
        {
            Required = true,
            Example = "Rapporteur, TSAG RG-IEM",
        },
        new("title", FieldKind.Text, "Document title.")
        {
            Required = true,
            Example = "Draft report of the RG-IEM meeting",
        },
        new("purpose", FieldKind.Text, "Why the document is submitted.")
        {
            UsualValues = Purposes,
            Example = "Admin",
        },
        new("contacts", FieldKind.ObjectList, "One Contact row per person on the cover.")
        {
            Required = true,
            ShorthandKey = "name",
            Example = "[{name: Glenn Parsons, organization: Ericsson, country: Canada, email: glenn.parsons@example.com}]",
            Fields =
            [
                new("name", FieldKind.Text, "Full name.") { Required = true, Example = "Glenn Parsons" },
                new("organization", FieldKind.Text, "Organization.") { Example = "Ericsson" },
                new("country", FieldKind.Text, "Country.") { Example = "Canada" },
                new("tel", FieldKind.Text, "Telephone number in international form.") { Example = "+1 613 555 0100" },
                new("email", FieldKind.Text, "E-mail address.") { Example = "glenn.parsons@example.com" },
            ],
        },
        new("keywords", FieldKind.TextList, "Keywords, as a list or separated by semicolons (no Keywords row when absent or empty).")
        {
            Example = "[TSAG, RG-IEM, report]",
        },
        new("abstract", FieldKind.Text, "Short summary shown in the cover's Abstract table (required on a contribution and a liaison statement; no Abstract row when absent).")
        {
            Example = "This TD contains the draft report of the RG-IEM meeting.",
        },
        new("action", FieldKind.Markdown, "The 'Action:' paragraph after the cover table: what the parent body is asked to do. Markdown; lists allowed.")
        {
            Example = "TSAG is invited to note this report.",
        },
        new("for-action", FieldKind.TextList, "Liaison statements: the addressees asked for action, the 'For action to:' row, e.g. [ITU-T SG11, ITU-D SG2].")
        {
            Example = "[ITU-T SG11, ITU-D SG2]",
        },
        new("for-information", FieldKind.TextList, "Liaison statements: the addressees informed, the 'For information to:' row, e.g. [ITU-R RAG].")
        {
            Example = "[ITU-R RAG]",
        },
        new("for", FieldKind.Choice, "Liaison statements, old form (write for-action or for-information instead): what the addressees in 'to' are asked for (action, comment or information).")
        {
            AllowedValues = LiaisonPurposes,
            Example = "action",
        },
        new("to", FieldKind.TextList, "Liaison statements, old form (write for-action or for-information instead): the addressees, e.g. [ITU-T SG11, ITU-D SG2].")
        {
            Example = "[ITU-T SG11, ITU-D SG2]",
        },
        new("approval", FieldKind.Text, "Liaison statements: who agreed the text and when, e.g. 'Agreed to at the TSAG meeting (Geneva, 2 August 2024)'.")
        {
            Example = "Agreed to at the TSAG meeting (Geneva, 2 August 2024)",
        },
        new("deadline", FieldKind.Date, "Liaison statements: the date by which a reply is expected (required with 'for-action').")
        {
            Example = "2024-10-15",
        },
        new("action-prefix", FieldKind.Identifier, "Prefix of action identifiers such as RG-IEM-5 (default: the group's name before a slash: WP2 for WP2/TSAG).")
        {
            Example = "RG-IEM",
        },
        new("sessions", FieldKind.ObjectList, "The group's sessions: date and time range as written in the report.")
        {
            ShorthandKey = "date",
            Example = "[{date: 2024-07-30, time: 0930-1045 hours}]",
            Fields =
            [
                new("date", FieldKind.Date, "Date of the session.") { Required = true, Example = "2024-07-30" },
                new("time", FieldKind.Text, "Time range, e.g. '1615-1740 hours' or '1300-1500 CET'.") { Example = "0930-1045 hours" },
                new("note", FieldKind.Text, "What the session was, e.g. 'ad hoc / drafting'.") { Example = "ad hoc / drafting" },
            ],
        },
        new("chair", FieldKind.Text, "Who chaired the meeting, e.g. 'Mr Glenn PARSONS (Ericsson Canada)'.")
        {
            Example = "Mr Glenn PARSONS (Ericsson Canada)",
        },
        new("associate-rapporteurs", FieldKind.TextList, "Associate rapporteurs who supported the chair.")
        {
            Example = "[Mr Noah LUO (Huawei Technologies, China)]",
        },
        new("documents", FieldKind.ObjectList, "Documents considered by the meeting; a plain item is a document number.")
        {
            ShorthandKey = "number",
            Example = "[{number: TSAG-TD624R2, title: Updated action plan, source: IEWSC Chair}]",
            Fields =
            [
                new("number", FieldKind.Text, "Document number as ITU-T writes it, e.g. TSAG-TD624R2 or DOC5 (230131).") { Required = true, Example = "TSAG-TD624R2" },
                new("title", FieldKind.Text, "Title of the document.") { Example = "Updated action plan" },
                new("source", FieldKind.Text, "Who submitted it.") { Example = "IEWSC Chair" },
            ],
        },
        new("statistics", FieldKind.Object, "Participation statistics of the meeting, by ITU region plus TSB.")
        {
            Example = "{participants: 49, africa: 2, americas: 11, arab-states: 4, asia-pacific: 12, cis: 2, europe: 7, tsb: 11, documents: 5, report: DOC5 (230131)}",
            Fields =
            [
                new("participants", FieldKind.Count, "Total number of participants (regions plus TSB).") { Example = "49" },
                new("africa", FieldKind.Count, "Participants from Africa.") { Example = "2" },
                new("americas", FieldKind.Count, "Participants from the Americas.") { Example = "11" },
                new("arab-states", FieldKind.Count, "Participants from the Arab States.") { Example = "4" },
                new("asia-pacific", FieldKind.Count, "Participants from Asia and the Pacific.") { Example = "12" },
                new("cis", FieldKind.Count, "Participants from the CIS.") { Example = "2" },
                new("europe", FieldKind.Count, "Participants from Europe.") { Example = "7" },
                new("tsb", FieldKind.Count, "TSB staff.") { Example = "11" },
                new("documents", FieldKind.Count, "Number of documents considered.") { Example = "5" },
                new("report", FieldKind.Text, "The meeting report's document number, e.g. DOC5 (230131).") { Example = "DOC5 (230131)" },
            ],
        },
        new("kind", FieldKind.Choice, "What the record is: meeting (the report of one meeting, the default) or progress-report (a report over the meetings in 'covers', which can generate their statistics annex).")
        {
            AllowedValues = Kinds,
            Example = "progress-report",
        },
        new("covers", FieldKind.Object, "For a progress report: the meetings it covers, as record files or globs relative to this record (meetings/*.md), a date range {from, to} (the group's meetings that start in it), or both.")
        {
            ShorthandKey = "files",
            Example = "meetings/2023-*.md",
            Fields =
            [
                new("files", FieldKind.TextList, "Meeting records: paths or globs (* and ? within a folder, ** across folders), relative to this record.") { Example = "[meetings/2023-01-e-meeting.md, meetings/2023-03-e-meeting.md]" },
                new("from", FieldKind.Date, "First day of the period covered.") { Example = "2023-01-01" },
                new("to", FieldKind.Date, "Last day of the period covered.") { Example = "2023-05-31" },
            ],
        },
        new("action-status", FieldKind.ObjectList, "Statuses of actions of this or earlier meetings, for the action register (rgiem actions).")
        {
            Example = "[{action: RG-IEM-4, of: TSAG-TD521, status: approved}]",
            Fields =
            [
                new("action", FieldKind.Text, "The action's identifier as its meeting wrote it, e.g. RG-IEM-4 or Action 2.") { Required = true, Example = "RG-IEM-4" },
                new("of", FieldKind.Text, "The document number of the meeting report that defined the action, e.g. TSAG-TD521 or DOC5 (230131); needed when several meetings use the identifier.") { Example = "TSAG-TD521" },
                new("status", FieldKind.Choice, "agreed, approved or done.") { Required = true, AllowedValues = ActionStatuses, Example = "approved" },
            ],
        },
        new("logo", FieldKind.Path, "PNG or JPEG image for the logo cell of the cover (none by default: TSB adds no logo to TDs).")
        {
            Example = "itu-logo.png",
        },
        new("template", FieldKind.Path, "Word template (.dotx/.docx) to render with, relative to the file that names it (see docs/templates.md).")
        {
            Example = "templates/group.dotx",
        },
        new("toc", FieldKind.Boolean, "Put a table of contents after the cover, or where a ```{toc} directive stands in the body (a Word TOC field, refreshed when the document is opened).")
        {
            Example = "true",
        },
        new("toc-title", FieldKind.Text, "The title of the table of contents (default Contents), e.g. CONTENTS or Table of contents.")
        {
            Example = "CONTENTS",
        },
        new("lang", FieldKind.Text, "Language tag of the text (default en-GB).")
        {
            Example = "en-GB",
        },
        new("date", FieldKind.Date, "Date of the document, stored in its properties.")
        {
            Example = "2024-08-02",
        },
    ];

    /// <summary>
    /// Every key of the record format, at any depth (declared after <see cref="Fields"/>, which it is made from): the YAML
    /// reader shares these strings instead of making a new one a key and a record (issue 21, h29c).
    /// </summary>
    public static YamlKeyTable KeyTable { get; } = new(AllKeys(Fields));

    private static IEnumerable<string> AllKeys(IReadOnlyList<FieldSpec> specs)
    {
        foreach (var spec in specs)
        {
            yield return spec.Key;
            foreach (string key in AllKeys(spec.Fields))
            {
                yield return key;
            }
        }
    }

    public static FieldSpec? Find(string key) => Fields.FirstOrDefault(f => string.Equals(f.Key, key, StringComparison.Ordinal));
}
