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
        this.documents = documents.Select(d => d.WithDefaultBody(defaultBody)).ToList();
        foreach (var document in this.documents)
        {
            if (!latest.TryGetValue(document.Id, out var current) || (document.Revision ?? 0) > (current.Revision ?? 0))
            {
                latest[document.Id] = document;
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
            var candidates = documents
                .Where(d => d.Number is { } known && known.Type == number.Type && known.Number == number.Number && (number.Series is null || known.Series == number.Series))
                .ToList();
            var chosen = candidates.FirstOrDefault(c => c.Number!.Body == DefaultBody) ?? candidates.FirstOrDefault();
            full = chosen is not null ? number with { Body = chosen.Number!.Body } : number.WithDefaultBody(DefaultBody);
        }

        var id = DocumentId.Of(full);
        var found = Find(id);
        if (found is null && full.Series is null)
        {
            // SG17-TD580 names SG17-TD580/PLEN when that is the only series of TD580 known.
            var series = documents
                .Where(d => d.Number is { Series: not null } known && known.BaseNumber == full.BaseNumber)
                .Select(d => d.Number!.Series)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (series.Count == 1)
            {
                full = full with { Series = series[0] };
                id = DocumentId.Of(full);
                found = Find(id);
            }
        }

        return new ResolvedReference(reference, full, id, found);
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
