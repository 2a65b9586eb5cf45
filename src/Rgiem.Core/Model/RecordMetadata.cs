using Rgiem.Core.References;

namespace Rgiem.Core.Model;

/// <summary>Everything the front matter says about a record, after project defaults were applied.</summary>
public sealed record RecordMetadata
{
    /// <summary>The TSB document number (null while drafting, and for the numbers below).</summary>
    public DocumentNumber? Number { get; init; }

    /// <summary>The number of a conference document, <c>WTSA16/44(Add.9)</c>.</summary>
    public ConferenceNumber? ConferenceNumber { get; init; }

    /// <summary>The number of an interim meeting's document, <c>DOC5 (230131)</c>.</summary>
    public MeetingDocumentNumber? MeetingDocument { get; init; }

    /// <summary>The record's number as printed: <see cref="Number"/>, the conference or the meeting document number; null while drafting.</summary>
    public string? NumberText => Number?.Canonical ?? ConferenceNumber?.Canonical ?? MeetingDocument?.Canonical;

    /// <summary>The form of <see cref="Type"/>: its cover rows and fields.</summary>
    public DocumentForm Form => DocumentForms.Of(Type);

    public DocumentType Type { get; init; } = DocumentType.TD;

    /// <summary>The rapporteur group or working party, e.g. RG-IEM.</summary>
    public string? Group { get; init; }

    /// <summary>The parent body, e.g. TSAG or STUDY GROUP 17.</summary>
    public string? Parent { get; init; }

    public string? StudyPeriod { get; init; }

    public string Original { get; init; } = "English";

    public IReadOnlyList<string> Questions { get; init; } = [];

    public MeetingInfo? Meeting { get; init; }

    public string? Source { get; init; }

    public string? Title { get; init; }

    public string? Purpose { get; init; }

    public IReadOnlyList<Contact> Contacts { get; init; } = [];

    public IReadOnlyList<string> Keywords { get; init; } = [];

    public string? Abstract { get; init; }

    /// <summary>The free "Action:" paragraph after the cover table, as Markdown blocks.</summary>
    public IReadOnlyList<Block> Action { get; init; } = [];

    /// <summary>Liaison statements: the addressees asked for action (the "For action to:" row).</summary>
    public IReadOnlyList<string> ForAction { get; init; } = [];

    /// <summary>Liaison statements: the addressees informed (the "For information to:" row).</summary>
    public IReadOnlyList<string> ForInformation { get; init; } = [];

    /// <summary>Liaison statements: who agreed the text and when.</summary>
    public string? Approval { get; init; }

    /// <summary>Liaison statements: when a reply is expected.</summary>
    public DateOnly? Deadline { get; init; }

    /// <summary>The prefix of action identifiers (<c>RG-IEM</c> in <c>RG-IEM-5</c>).</summary>
    public string? ActionPrefix { get; init; }

    public IReadOnlyList<SessionInfo> Sessions { get; init; } = [];

    public string? Chair { get; init; }

    public IReadOnlyList<string> AssociateRapporteurs { get; init; } = [];

    public IReadOnlyList<DocumentEntry> Documents { get; init; } = [];

    public MeetingStatistics? Statistics { get; init; }

    /// <summary>Path of a PNG or JPEG logo for the cover, resolved against the record's folder.</summary>
    public string? Logo { get; init; }

    /// <summary>
    /// Path of a Word template (.dotx/.docx). As bound, the path as written; after compilation a full path,
    /// resolved against the file that named it (the record, or rgiem.yaml for a project default).
    /// </summary>
    public string? Template { get; init; }

    /// <summary>Style map overrides from rgiem.yaml: a <see cref="StyleRoles"/> role to a style name of the template.</summary>
    public IReadOnlyDictionary<string, string> Styles { get; init; } = new Dictionary<string, string>();

    /// <summary>Put a table of contents after the cover (or where the body's <see cref="TocDirectiveBlock"/> stands).</summary>
    public bool Toc { get; init; }

    /// <summary>The title of the table of contents.</summary>
    public string TocTitle { get; init; } = "Contents";

    /// <summary>BCP 47 language tag for spelling and document properties.</summary>
    public string Language { get; init; } = "en-GB";

    /// <summary>The document's date, used for the document properties (never the clock).</summary>
    public DateOnly? Date { get; init; }

    /// <summary>A meeting report (the default) or a progress report over several meetings.</summary>
    public RecordKind Kind { get; init; } = RecordKind.Meeting;

    /// <summary>For a progress report: the meetings it covers; null when <c>covers</c> is not given.</summary>
    public MeetingSelection? Covers { get; init; }

    /// <summary>The statuses this record gives to actions of its own or earlier meetings (<c>action-status</c>).</summary>
    public IReadOnlyList<ActionStatusEntry> ActionStatuses { get; init; } = [];

    /// <summary>
    /// The tracked changes and comments written as CriticMarkup in front matter values the cover shows, by path
    /// (<c>title</c>, <c>contacts[0].email</c>, <c>meeting.place</c>, <c>keywords[1]</c>: every item of a list with a
    /// mark); the fields themselves hold the text with every change accepted.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Inline>> Reviews { get; init; } = new Dictionary<string, IReadOnlyList<Inline>>();

    /// <summary>The prefix actions use: <see cref="ActionPrefix"/>, else the group's name before a slash (<c>WP2</c> for <c>WP2/TSAG</c>).</summary>
    public string? EffectiveActionPrefix => ActionPrefix ?? BodyNames.ActionPrefix(Group);

    /// <summary>The first day of the meeting: <c>meeting.from</c>, else the first session's date; null when neither is given.</summary>
    public DateOnly? FirstDay => Meeting?.From ?? (Sessions.Count > 0 ? Sessions.Min(s => s.Date) : null);

    /// <summary>The last day of the meeting: <c>meeting.to</c>, else the last session's date; null when neither is given.</summary>
    public DateOnly? LastDay => Meeting?.To ?? Meeting?.From ?? (Sessions.Count > 0 ? Sessions.Max(s => s.Date) : null);
}
