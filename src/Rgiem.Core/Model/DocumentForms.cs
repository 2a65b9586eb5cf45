namespace Rgiem.Core.Model;

/// <summary>
/// The document forms rgiem writes, read from TSB's templates (docs/house-style.md): the TD, the
/// contribution (DDP template), the liaison statement (T21 LS template), the report (TSAG report), and the
/// conference document (a WTSA document, its addenda and revisions). One definition for the schema, the
/// checks, the cover writer, the template placeholders and the CLI.
/// </summary>
public static class DocumentForms
{
    /// <summary>The liaison statement's own fields, new and old.</summary>
    public static readonly IReadOnlyList<string> LiaisonKeys = ["for-action", "for-information", "approval", "deadline", "for", "to"];

    private static readonly FormField[] NoLiaison = [.. LiaisonKeys.Select(k => new FormField(k, FieldUse.NotAllowed, string.Empty, "LS rows"))];

    public static DocumentForm TD { get; } = new(DocumentType.TD, "TD", "TD", "TD", "TD")
    {
        // TSB's own TDs (SG17-TD580, TSAG-TD011-R1) have no Purpose, Keywords or Abstract row when there is
        // nothing to say: all optional.
        Fields = NoLiaison,
    };

    public static DocumentForm Contribution { get; } = new(DocumentType.C, "C", "C", "contribution", "CONTRIBUTION")
    {
        Fields =
        [
            new("questions", FieldUse.Required, "Q10/17", "the Question(s) row: a contribution is submitted to Questions"),
            new("abstract", FieldUse.Required, "This contribution proposes …", "the Abstract table of TSB's contribution form"),
            .. NoLiaison,
        ],
    };

    public static DocumentForm Report { get; } = new(DocumentType.Report, "Report", "R", "report", "REPORT")
    {
        Fields =
        [
            new("meeting", FieldUse.Required, "{place: Geneva, from: 2024-07-29, to: 2024-08-02}", "the place and dates: a report is the report of a meeting"),
            .. NoLiaison,
        ],
    };

    public static DocumentForm Liaison { get; } = new(DocumentType.LS, "LS", "LS", "liaison statement", "LIAISON STATEMENT")
    {
        Fields =
        [
            new("approval", FieldUse.Required, "Agreed to at the TSAG meeting (Geneva, 2 August 2024)", "the Approval row"),
            new("abstract", FieldUse.Required, "TSAG informs …", "the Abstract table of TSB's LS form"),
            new("purpose", FieldUse.NotAllowed, string.Empty, "TSB's LS form has no Purpose row"),
            new("keywords", FieldUse.NotAllowed, string.Empty, "TSB's LS form has no Keywords row"),
        ],
    };

    public static DocumentForm Conference { get; } = new(DocumentType.Conference, "Conference", string.Empty, "conference document", "PLENARY MEETING")
    {
        Fields =
        [
            new("number", FieldUse.Required, "WTSA16/44(Add.9)", "the Document line: a conference document is known by its number"),
            new("questions", FieldUse.NotAllowed, string.Empty, "a conference document has no Question(s) row"),
            new("purpose", FieldUse.NotAllowed, string.Empty, "a conference document has no Purpose row"),
            new("keywords", FieldUse.NotAllowed, string.Empty, "a conference document has no Keywords row"),
            .. NoLiaison,
        ],
    };

    public static IReadOnlyList<DocumentForm> All { get; } = [TD, Contribution, Report, Liaison, Conference];

    /// <summary>The values of <c>type:</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(f => f.Name)];

    public static DocumentForm Of(DocumentType type) => All.First(f => f.Type == type);

    /// <summary>The form named <paramref name="name"/> (case-insensitive), or null.</summary>
    public static DocumentForm? Find(string? name) =>
        All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
}
