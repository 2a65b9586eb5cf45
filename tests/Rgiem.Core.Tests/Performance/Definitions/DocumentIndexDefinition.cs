using System.Globalization;
using Rgiem.Core.References;

namespace Rgiem.Core.Tests.Performance.Definitions;

/// <summary>
/// The known documents of a record indexed by identity, and the resolution of references against them.
/// </summary>
/// <remarks>
/// <see cref="DocumentIndex"/>'s construction and resolution as they were before issue 21's eighth pass (LINQ queries, the id
/// built for every lookup, <see cref="DocumentNumber.BaseNumber"/> formatted with the custom formats "000" and "0"), kept
/// unchanged as the oracle of <c>DocumentIndexEquivalenceTests</c>.
/// </remarks>
public sealed class DocumentIndexDefinition
{
    private readonly List<KnownDocument> documents;
    private readonly Dictionary<string, KnownDocument> latest = [];

    public DocumentIndexDefinition(IEnumerable<KnownDocument> documents, string? defaultBody)
    {
        DefaultBody = defaultBody;
        this.documents = documents.Select(d => d.WithDefaultBody(defaultBody)).ToList();
        foreach (var document in this.documents)
        {
            if (!latest.TryGetValue(IdOf(document), out var current) || (document.Revision ?? 0) > (current.Revision ?? 0))
            {
                latest[IdOf(document)] = document;
            }
        }
    }

    public string? DefaultBody { get; }

    public IReadOnlyList<KnownDocument> Documents => documents;

    public KnownDocument? Find(string id) => latest.GetValueOrDefault(id);

    /// <summary>The resolution: the full number, the id's key and the known document; null for a malformed reference.</summary>
    public (DocumentNumber? Number, string Id, KnownDocument? Known)? Resolve(DocumentReference reference)
    {
        if (reference.MeetingDocument is { } meeting)
        {
            string meetingId = meeting.Canonical;
            return (null, meetingId, Find(meetingId));
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

        string id = IdOf(full);
        var found = Find(id);
        if (found is null && full.Series is null)
        {
            var series = documents
                .Where(d => d.Number is { Series: not null } known && BaseNumber(known) == BaseNumber(full))
                .Select(d => d.Number!.Series)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (series.Count == 1)
            {
                full = full with { Series = series[0] };
                id = IdOf(full);
                found = Find(id);
            }
        }

        return (full, id, found);
    }

    /// <summary><see cref="DocumentNumber.BaseNumber"/> as it was written: the number formatted with "000" (reports "0").</summary>
    public static string BaseNumber(DocumentNumber number)
    {
        Span<char> digits = stackalloc char[16];
        number.Number.TryFormat(digits, out int written, number.IsReport ? "0" : "000", CultureInfo.InvariantCulture);
        if (number.Body is null)
        {
            return string.Concat(number.Type, digits[..written]);
        }

        return string.Concat(number.Body, number.Body.Contains('-', StringComparison.Ordinal) ? " " : "-", number.Type, digits[..written]);
    }

    private static string IdOf(DocumentNumber number) =>
        number.Series is null ? BaseNumber(number) : string.Create(CultureInfo.InvariantCulture, $"{BaseNumber(number)}/{number.Series}");

    private static string IdOf(KnownDocument document) =>
        document.Number is { } number ? IdOf(number) : document.MeetingDocument!.Canonical;
}
