using Rgiem.Core.Model;

namespace Rgiem.Core.Import;

/// <summary>
/// What an ITU-T cover says, read back from a Word document by <c>rgiem import</c>: each value as the front matter
/// writes it (the number in its canonical spelling, the parent's code, dates as dates). Null is a row the cover
/// does not have. <see cref="Unread"/> holds cover values that were found but not understood, kept for the user.
/// </summary>
public sealed record ImportedCover
{
    public string? Number { get; init; }

    /// <summary>The <c>type:</c> value (TD, C, Report, LS, Conference); null when the type line was not found.</summary>
    public string? Type { get; init; }

    public string? StudyPeriod { get; init; }

    /// <summary>The parent body as the front matter writes it: <c>TSAG</c>, <c>SG17</c>.</summary>
    public string? Parent { get; init; }

    /// <summary>The group, when the cover names it (an LS's Working Party row).</summary>
    public string? Group { get; init; }

    public string? Original { get; init; }

    /// <summary>The Question(s) row; empty when the row has no label (the front matter's <c>questions: ""</c>).</summary>
    public IReadOnlyList<string>? Questions { get; init; }

    public MeetingInfo? Meeting { get; init; }

    /// <summary>The document's date (a conference document's date line).</summary>
    public DateOnly? Date { get; init; }

    public string? Source { get; init; }

    public string? Title { get; init; }

    public string? Purpose { get; init; }

    public IReadOnlyList<Contact> Contacts { get; init; } = [];

    public IReadOnlyList<string> Keywords { get; init; } = [];

    public string? Abstract { get; init; }

    /// <summary>The "Action:" paragraph's text after its label.</summary>
    public IReadOnlyList<Inline> Action { get; init; } = [];

    /// <summary>What continues the "Action:" paragraph on the cover (a list of what is asked), as blocks.</summary>
    public IReadOnlyList<Block> ActionMore { get; init; } = [];

    public IReadOnlyList<string> ForAction { get; init; } = [];

    public IReadOnlyList<string> ForInformation { get; init; } = [];

    public string? Approval { get; init; }

    public DateOnly? Deadline { get; init; }

    /// <summary>The document has a table of contents.</summary>
    public bool Toc { get; init; }

    /// <summary>The title above the table of contents, when it is not "Contents".</summary>
    public string? TocTitle { get; init; }

    /// <summary>Sessions the text states (<see cref="MeetingFacts"/>), written as commented suggestions for the user to confirm.</summary>
    public IReadOnlyList<SessionInfo> SuggestedSessions { get; init; } = [];

    /// <summary>Documents the text lists (<see cref="MeetingFacts"/>), written as commented suggestions for the user to confirm.</summary>
    public IReadOnlyList<DocumentEntry> SuggestedDocuments { get; init; } = [];

    /// <summary>Cover values that were found but not understood: the front matter key and the text, written as comments.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Unread { get; init; } = [];
}
