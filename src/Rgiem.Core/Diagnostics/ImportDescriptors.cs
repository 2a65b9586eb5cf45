namespace Rgiem.Core.Diagnostics;

/// <summary>
/// RG82xx: <c>rgiem import</c>, what a Word document holds that a record cannot (yet) say. Each names the place in
/// the DOCX: the paragraph's number in reading order (cover and tables included) and the start of its text. A file
/// that is not a safe Word document gets the template diagnostics (RG8010–RG8027), as a bad template does.
/// </summary>
public static class ImportDescriptors
{
    private const string Category = "Import";

    public static readonly DiagnosticDescriptor NoCover = new(
        "RG8200", "No ITU-T cover found",
        "'{0}' has no ITU-T cover table (no Source:, Title: or document number), so the front matter holds only what the body says. Fill in number, source and title by hand",
        DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor CoverValueUnread = new(
        "RG8201", "Cover value not understood",
        "The cover's {0} '{1}' ({2}) is not in a form rgiem reads ({3}); it is kept as a comment in the front matter. Write the field by hand",
        DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor TextBox = new(
        "RG8202", "Text box not imported",
        "{0} holds a text box ('{1}'); a record has no text boxes, so its text was not imported. Move the text into the body where it belongs",
        DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor Comment = new(
        "RG8203", "Comment not imported",
        "{0} has a comment by {1} ('{2}'); comments are not imported by 'rgiem import'. Resolve it in Word, or import the document's edits and comments with --edits",
        DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor UnknownField = new(
        "RG8204", "Field kept as its text",
        "{0} has a {1} field; the record keeps the text Word last showed for it ('{2}'), not the field. Check the text, or write what the field computed",
        DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor Layout = new(
        "RG8205", "Page layout not imported",
        "{0} has {1}, which is page layout: rgiem lays pages out by the house style, so it was left out",
        DiagnosticSeverity.Info, Category);

    /// <summary>No longer reported: merged cells are imported as a grid table's spans. Kept, as IDs are never reused.</summary>
    public static readonly DiagnosticDescriptor MergedCells = new(
        "RG8206", "Merged table cells split",
        "{0}: a table has cells merged {1}; a pipe table has no merged cells, so the merged cell's text is in its first cell and the others are empty. Check the table",
        DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor UnsupportedObject = new(
        "RG8207", "Object not imported",
        "{0} has {1}, which a record cannot hold; it was not imported. Insert it as a PNG or JPEG picture",
        DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor ImageFormat = new(
        "RG8208", "Picture is not PNG or JPEG",
        "{0} has a picture in {1} ('{2}'); it was extracted, but 'rgiem build' embeds only PNG and JPEG. Convert it and change the link",
        DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor TrackedChanges = new(
        "RG8209", "Tracked changes imported as accepted",
        "'{0}' has {1} tracked change(s); the record holds the text as if they were accepted. To keep them as CriticMarkup, import them into the record with --edits",
        DiagnosticSeverity.Info, Category);

    public static readonly DiagnosticDescriptor ConversionFailed = new(
        "RG8210", "Word 97-2003 document could not be converted",
        "'{0}' is a Word 97-2003 (.doc) document and LibreOffice could not convert it ({1}). Open it in Word or LibreOffice and save it as .docx, then import that",
        DiagnosticSeverity.Error, Category, Configurable: false);

    public static readonly DiagnosticDescriptor NestedTable = new(
        "RG8211", "Nested table flattened",
        "{0}: a table inside a table cell; its text was put in the outer cell. Make it a table of its own",
        DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor CoverContentUnmapped = new(
        "RG8212", "Cover content not mapped",
        "{0}: the cover has {1}, which names no front matter field; it was not imported. Write what it says in the front matter if it is needed",
        DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor CoverFieldsMissing = new(
        "RG8213", "Cover fields not in the document",
        "'{0}' does not give {1} on its cover, in a content control or in its properties; write them in the front matter (or the project's rgiem.yaml defaults)",
        DiagnosticSeverity.Info, Category);

    public static readonly DiagnosticDescriptor MeetingFactsSuggested = new(
        "RG8214", "Sessions and documents suggested",
        "'{0}': the text states {1} session(s) and lists {2} document(s); they are written as comments at the end of the front matter. Check them and uncomment them (remove '# ') so that 'rgiem check' uses them",
        DiagnosticSeverity.Info, Category);

    public static readonly DiagnosticDescriptor CoverValueNotText = new(
        "RG8223", "Cover change of a value that is not text",
        "Paragraph {0}: the cover's {1} was changed in Word {2} ('{3}' to '{4}'), but '{5}' is not written on the cover as its own text and cannot hold a tracked change; {6}",
        DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor CoverCommentNotPlaced = new(
        "RG8224", "Comment on the cover not placed",
        "Paragraph {0} ('{1}'): the comment of {2} ('{3}') is on cover text that no front matter text value holds (a label, the number, the type line or the dates); make it a comment in the record by hand",
        DiagnosticSeverity.Warning, Category);

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
        [NoCover, CoverValueUnread, TextBox, Comment, UnknownField, Layout, MergedCells, UnsupportedObject, ImageFormat, TrackedChanges, ConversionFailed, NestedTable, CoverContentUnmapped, CoverFieldsMissing, MeetingFactsSuggested, CoverValueNotText, CoverCommentNotPlaced];
}
