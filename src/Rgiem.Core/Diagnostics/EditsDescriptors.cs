namespace Rgiem.Core.Diagnostics;

/// <summary>RG8240–RG8259: <c>rgiem import --edits</c>, Word's tracked changes and comments brought back into a record.</summary>
public static class EditsDescriptors
{
    private const string Category = "Import";

    public static readonly DiagnosticDescriptor Unreadable = new(
        "RG8240", "Edited document cannot be read",
        "'{0}' cannot be read as a Word document ({1}); give the .docx saved from Word",
        DiagnosticSeverity.Error, Category, Configurable: false);

    public static readonly DiagnosticDescriptor NotPlaced = new(
        "RG8241", "Edit cannot be placed in the record",
        "Paragraph {0} ('{1}'): {2} cannot be placed in the record ({3}); make this edit in the record by hand",
        DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor Untracked = new(
        "RG8242", "Text changed without track changes",
        "Paragraph {0} ('{1}'): '{2}' differs from the record but is not a tracked change; turn on Track Changes in Word before editing, or make the edit in the record by hand",
        DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor ResolvedInWord = new(
        "RG8243", "Record's change accepted or rejected in Word",
        "Paragraph {0} ('{1}'): the record's change '{2}' was accepted or rejected in Word; accept or reject it in the record by hand (remove the CriticMarkup)",
        DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor CommentMoved = new(
        "RG8244", "Comment placed after its text",
        "Paragraph {0} ('{1}'): the comment of {2} spans formatting or a change of the record, so it is placed after the text it was on, without a highlight",
        DiagnosticSeverity.Info, Category);

    public static readonly DiagnosticDescriptor NoEdits = new(
        "RG8245", "No new edits",
        "'{0}' has no tracked change or comment that the record does not already have; nothing was written",
        DiagnosticSeverity.Info, Category);

    public static readonly DiagnosticDescriptor ImportUsage = new(
        "RG8246", "Import arguments do not go together",
        "{0}; write 'rgiem import DOCUMENT.docx [-o DIR]' to import a document, or 'rgiem import --edits EDITED.docx RECORD.md [--accept]' to bring the edits of a document built from RECORD.md back into it",
        DiagnosticSeverity.Error, Category, Configurable: false);

    public static readonly DiagnosticDescriptor NotBuiltFromRecord = new(
        "RG8247", "Edited document was not built from the record",
        "'{0}' was not built from '{1}': only {2} of the record's {3} paragraphs are in it; give the document built from this record (and edited in Word), or the record it was built from. Nothing was written",
        DiagnosticSeverity.Error, Category, Configurable: false);

    public static readonly DiagnosticDescriptor CoverEditComment = new(
        "RG8248", "Cover field changed in Word, written into its value",
        "The cover field '{0}' was changed or commented in Word {1}: written into its front matter value as CriticMarkup, \"{2}\"; 'rgiem build' shows it as a tracked change. Accept or reject it in the record (or import again with --accept) once it is settled",
        DiagnosticSeverity.Info, Category);

    public static readonly DiagnosticDescriptor CoverFromDefaults = new(
        "RG8249", "Cover field set in the record",
        "'{0}' is not set in the record (it comes from rgiem.yaml's defaults): the change of '{1}' made in Word is written as the record's own '{0}'; change the defaults in rgiem.yaml instead if every record should have it",
        DiagnosticSeverity.Info, Category);

    public static readonly DiagnosticDescriptor CoverNotWritten = new(
        "RG8250", "Cover change not written into the front matter",
        "The cover field '{0}' was changed in Word, but {1}; change the front matter by hand",
        DiagnosticSeverity.Warning, Category);

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = [Unreadable, NotPlaced, Untracked, ResolvedInWord, CommentMoved, NoEdits, ImportUsage, NotBuiltFromRecord, CoverEditComment, CoverFromDefaults, CoverNotWritten];
}
