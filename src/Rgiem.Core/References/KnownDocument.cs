using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.References;

/// <summary>
/// A document a record knows of, with the latest revision known (<see cref="Revision"/> null for the
/// original): an entry of its <c>documents:</c> list, a row of the registry, or the record itself.
/// </summary>
/// <param name="Written">The number as written in the list or registry.</param>
/// <param name="Number">The TD/C/LS number (null for a meeting document).</param>
/// <param name="MeetingDocument">The <c>DOC n (YYMMDD)</c> number (null otherwise).</param>
/// <param name="Revision">The latest revision known, null for the original.</param>
/// <param name="Location">Where the entry was written.</param>
public sealed record KnownDocument(
    string Written,
    DocumentNumber? Number,
    MeetingDocumentNumber? MeetingDocument,
    int? Revision,
    string? Title,
    string? Source,
    KnownDocumentOrigin Origin,
    SourceLocation Location)
{
    /// <summary>The document's identity; a short number without a body keeps no body until <see cref="WithDefaultBody"/>.</summary>
    public DocumentId Id => Number is { } number ? DocumentId.Of(number) : DocumentId.Of(MeetingDocument!);

    /// <summary>The canonical number with the latest revision: <c>TSAG-TD666R4</c>.</summary>
    public string Canonical => Number is { } number
        ? (number.Revision == Revision ? number : number with { Revision = Revision }).Canonical
        : MeetingDocument!.Canonical;

    /// <summary>A known document from a parsed whole number; its revision is the one written unless <paramref name="revision"/> says otherwise.</summary>
    public static KnownDocument? From(DocumentReference parsed, string written, int? revision, string? title, string? source, KnownDocumentOrigin origin, SourceLocation location) =>
        parsed.Number is null && parsed.MeetingDocument is null
            ? null
            : new KnownDocument(written, parsed.Number, parsed.MeetingDocument, revision ?? parsed.Revision, title, source, origin, location);

    /// <summary>This document with <paramref name="body"/> filled in when its number was written without one.</summary>
    public KnownDocument WithDefaultBody(string? body) =>
        Number is { Body: null } number && body is not null ? this with { Number = number with { Body = body } } : this;
}
