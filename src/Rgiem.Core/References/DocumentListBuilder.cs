using System.Globalization;
using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.References;

/// <summary>
/// Turns written entries (a <c>documents:</c> list, registry rows) into <see cref="KnownDocument"/>s,
/// reporting malformed numbers (RG4008), impossible meeting dates (RG4006), bad revisions (RG4010) and
/// entries listed twice (RG4009, same document and revision).
/// </summary>
/// <param name="origin">What the entries are.</param>
/// <param name="report">Where problems go (a <see cref="DiagnosticBag"/>, a rule's context).</param>
/// <param name="defaultBody">The body of numbers written without one (the record's parent), if known.</param>
public sealed class DocumentListBuilder(KnownDocumentOrigin origin, Action<DiagnosticDescriptor, SourceLocation, object?[]> report, string? defaultBody = null)
{
    private readonly List<KnownDocument> documents = [];
    private readonly Dictionary<(DocumentId, int), SourceLocation> seen = [];

    public IReadOnlyList<KnownDocument> Documents => documents;

    /// <summary>Adds one entry; returns the known document, or null when the number is not usable.</summary>
    public KnownDocument? Add(string? number, SourceLocation numberLocation, string? title, string? source, string? revision = null, SourceLocation? revisionLocation = null)
    {
        if (!DocumentReferenceScanner.TryParse(number, out var parsed))
        {
            report(ReferenceDescriptors.MalformedListedNumber, numberLocation, [number?.Trim() ?? string.Empty]);
            return null;
        }

        int? givenRevision = null;
        if (!string.IsNullOrWhiteSpace(revision))
        {
            string text = revision.Trim();
            if (text.StartsWith('R') || text.StartsWith('r'))
            {
                text = text[1..];
            }

            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) || value is < 1 or > 99)
            {
                report(ReferenceDescriptors.InvalidRegistry, revisionLocation ?? numberLocation,
                    [$"revision '{revision.Trim()}' of {parsed!.Canonical} must be a number from 1 to 99; leave it empty for the original document"]);
                return null;
            }

            givenRevision = value;
            if (parsed!.Revision is { } written && written != value)
            {
                report(ReferenceDescriptors.InvalidRegistry, revisionLocation ?? numberLocation,
                    [$"{parsed.Text} says revision R{written.ToString(CultureInfo.InvariantCulture)} but 'revision' says {value.ToString(CultureInfo.InvariantCulture)}; write the revision once"]);
                return null;
            }
        }

        if (parsed!.MeetingDocument is { Date: null } meeting)
        {
            report(ReferenceDescriptors.InvalidMeetingDocumentDate, numberLocation, [meeting.DateText, meeting.Canonical]);
        }

        var known = KnownDocument.From(parsed, number!.Trim(), givenRevision, title, source, origin, numberLocation)!.WithDefaultBody(defaultBody);
        var key = (known.Id, known.Revision ?? 0);
        if (seen.TryGetValue(key, out var first))
        {
            report(ReferenceDescriptors.DuplicateListedDocument, numberLocation, [known.Canonical, first.Start.Line + 1]);
            return null;
        }

        seen[key] = numberLocation;
        documents.Add(known);
        return known;
    }
}
