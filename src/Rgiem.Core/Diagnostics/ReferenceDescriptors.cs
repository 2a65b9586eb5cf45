namespace Rgiem.Core.Diagnostics;

/// <summary>RG4xxx: document references in prose (<c>TSAG-TD624R2</c>, <c>DOC5 (230131)</c>) and the document registry.</summary>
public static class ReferenceDescriptors
{
    private const string Category = "References";

    public static readonly DiagnosticDescriptor MalformedReference = new(
        "RG4001", "Malformed document reference",
        "'{0}' looks like a document number but is not one: {1}",
        DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor GluedReference = new(
        "RG4002", "Document reference glued to a word",
        "'{0}' runs the document number {1} into the word '{2}'; put a space between them",
        DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor UnknownDocument = new(
        "RG4003", "Document not in the document list",
        "{0} is not in {1}; add {2} there, or correct the number",
        DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor RevisionBeyondLatest = new(
        "RG4004", "Revision later than the latest known",
        "'{0}' cites revision R{1}, but the latest revision of {2} in {3} is {4}; correct the revision, or list {5}",
        DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor UncitedDocument = new(
        "RG4005", "Listed document never cited",
        "{0} is listed in 'documents:' but the text never cites it; cite it where the meeting considered it, or remove it from the list",
        DiagnosticSeverity.Info, Category);

    public static readonly DiagnosticDescriptor InvalidMeetingDocumentDate = new(
        "RG4006", "Meeting document date is not a real date",
        "'{0}' in {1} is not a date: a meeting document is written DOCn (YYMMDD) with the meeting date, e.g. DOC5 (230131) for 31 January 2023",
        DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor RevisionZero = new(
        "RG4007", "Revision R0",
        "'{0}' cites revision 0, which ITU-T never writes: the original document has no revision suffix. Write {1}",
        DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor MalformedListedNumber = new(
        "RG4008", "Malformed number in a document list",
        "'{0}' is not an ITU-T document number; write it as TSAG-TD624R2, TSAG-C015R1, WTSA-20 C103 or DOC5 (230131)",
        DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor DuplicateListedDocument = new(
        "RG4009", "Document listed twice",
        "{0} is already listed on line {1}; remove one of the entries",
        DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor InvalidRegistry = new(
        "RG4010", "Document registry is invalid",
        "{0}",
        DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor RevisionOlderThanLatest = new(
        "RG4020", "Cited revision is older than the latest known",
        "{0} cites revision {1} of {2}, but {3} knows {4}; cite the latest revision unless the older one is meant",
        DiagnosticSeverity.Info, Category);

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        MalformedReference, GluedReference, UnknownDocument, RevisionBeyondLatest, UncitedDocument, InvalidMeetingDocumentDate,
        RevisionZero, MalformedListedNumber, DuplicateListedDocument, InvalidRegistry,
        RevisionOlderThanLatest,
    ];
}
