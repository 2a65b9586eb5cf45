using System.Globalization;
using System.Text.RegularExpressions;

namespace Rgiem.Core.References;

/// <summary>
/// The documents a record knows (its <c>documents:</c> list, the registry, itself), indexed by identity,
/// and the resolution of references against them. A short form (<c>C99R1</c>) resolves first against the
/// known documents by type and number whatever their body (so <c>C99R1</c> in a TSAG record listing
/// <c>WTSA-20 C99R1</c> names that), preferring the parent body on a tie, else takes the parent body.
/// </summary>
public sealed partial class DocumentIndex
{
    private readonly List<KnownDocument> documents;
    private readonly Dictionary<DocumentId, KnownDocument> latest = [];

    /// <param name="documents">The known documents, most authoritative first (list, registry, self).</param>
    /// <param name="defaultBody">The body of short forms nothing else resolves (<c>TSAG</c>), see <see cref="BodyOfParent"/>.</param>
    public DocumentIndex(IEnumerable<KnownDocument> documents, string? defaultBody)
    {
        DefaultBody = defaultBody;
        this.documents = documents.TryGetNonEnumeratedCount(out int count) ? new List<KnownDocument>(count) : [];
        foreach (var given in documents)
        {
            var document = given.WithDefaultBody(defaultBody);
            this.documents.Add(document);

            // The id is a string built from the number: built once a document.
            var id = document.Id;
            if (!latest.TryGetValue(id, out var current) || (document.Revision ?? 0) > (current.Revision ?? 0))
            {
                latest[id] = document;
            }
        }
    }

    public static DocumentIndex Empty { get; } = new([], null);

    public string? DefaultBody { get; }

    /// <summary>Every known document, in the order given (a document listed twice appears twice).</summary>
    public IReadOnlyList<KnownDocument> Documents => documents;

    /// <summary>The entry with the latest revision of the document, or null when the document is unknown.</summary>
    public KnownDocument? Find(DocumentId id) => latest.GetValueOrDefault(id);

    /// <summary>Resolves a well-formed reference; null for a malformed one.</summary>
    public ResolvedReference? Resolve(DocumentReference reference)
    {
        if (reference.MeetingDocument is { } meeting)
        {
            var meetingId = DocumentId.Of(meeting);
            return new ResolvedReference(reference, null, meetingId, Find(meetingId));
        }

        if (reference.Number is not { } number)
        {
            return null;
        }

        var full = number;
        if (number.Body is null)
        {
            // The first known document of that type and number (and series, if one was written), the first of the
            // parent body preferred.
            KnownDocument? first = null;
            KnownDocument? ofParent = null;
            foreach (var document in documents)
            {
                if (document.Number is { } known && known.Type == number.Type && known.Number == number.Number
                    && (number.Series is null || known.Series == number.Series))
                {
                    first ??= document;
                    if (known.Body == DefaultBody)
                    {
                        ofParent = document;
                        break;
                    }
                }
            }

            var chosen = ofParent ?? first;
            full = chosen is not null ? number with { Body = chosen.Number!.Body } : number.WithDefaultBody(DefaultBody);
        }

        var id = DocumentId.Of(full);
        var found = Find(id);
        if (found is null && full.Series is null)
        {
            // SG17-TD580 names SG17-TD580/PLEN when that is the only series of TD580 known.
            string? only = null;
            bool several = false;
            string? baseNumber = null;
            foreach (var document in documents)
            {
                if (document.Number is { Series: { } series } known && known.BaseNumber == (baseNumber ??= full.BaseNumber))
                {
                    if (only is null)
                    {
                        only = series;
                    }
                    else if (!string.Equals(only, series, StringComparison.Ordinal))
                    {
                        several = true;
                        break;
                    }
                }
            }

            if (only is not null && !several)
            {
                full = full with { Series = only };
                id = DocumentId.Of(full);
                found = Find(id);
            }
        }

        return new ResolvedReference(reference, full, id, found);
    }

    /// <summary>
    /// <see cref="Resolve(DocumentReference)"/>, with the resolution of each number kept in <paramref name="resolved"/>: a
    /// number cited again (equal by value) resolves to the same full number, id and known document without building its id
    /// again. Meeting documents and malformed references are resolved as by <see cref="Resolve(DocumentReference)"/>.
    /// </summary>
    internal ResolvedReference? Resolve(DocumentReference reference, Dictionary<DocumentNumber, ResolvedReference> resolved)
    {
        if (reference.MeetingDocument is not null || reference.Number is not { } number)
        {
            return Resolve(reference);
        }

        if (resolved.TryGetValue(number, out var earlier))
        {
            return new ResolvedReference(reference, earlier.Number, earlier.Id, earlier.Known);
        }

        var resolution = Resolve(reference);
        resolved[number] = resolution!;
        return resolution;
    }

    /// <summary>
    /// The body short forms take in a record of <paramref name="parent"/>: <c>TSAG</c> for TSAG,
    /// <c>SG17</c> for "STUDY GROUP 17" or "SG17", <c>WTSA-20</c> for WTSA-20; null for anything else.
    /// </summary>
    public static string? BodyOfParent(string? parent)
    {
        if (string.IsNullOrWhiteSpace(parent))
        {
            return null;
        }

        // Every record of a project has the same parent, read two or three times a record: the last one read on this
        // thread gives its body again.
        var last = lastParent;
        if (last is not null && string.Equals(last.Value.Parent, parent, StringComparison.Ordinal))
        {
            return last.Value.Body;
        }

        string? body = ParseParent(parent);
        lastParent = (parent, body);
        return body;
    }

    /// <summary>The last parent <see cref="BodyOfParent"/> read on this thread, and its body.</summary>
    [ThreadStatic]
    private static (string Parent, string? Body)? lastParent;

    private static string? ParseParent(string parent)
    {
        var match = ParentPattern().Match(parent);
        if (!match.Success)
        {
            return null;
        }

        if (match.Groups["sg"].Success)
        {
            int group = int.Parse(match.Groups["sg"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
            return string.Create(CultureInfo.InvariantCulture, $"SG{group}");
        }

        return DocumentReferenceScanner.NormalizeBody(match.Groups["body"].Value);
    }

    [GeneratedRegex(
        @"^\s*(?:(?<body>TSAG|WTSA[-\u2011][0-9]{2})|SG\s?(?<sg>[0-9]{1,2})|STUDY\s+GROUP\s+(?<sg>[0-9]{1,2}))\s*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex ParentPattern();
}
