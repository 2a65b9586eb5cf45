using System.Buffers;
using System.Text.RegularExpressions;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Model;

namespace Rgiem.Core.Validation.Rules.Readiness;

/// <summary>
/// RG7001: placeholders left in the prose: <c>TBC</c>, <c>TBD</c>, <c>TBA</c> (capitals, whole words),
/// <c>XXX</c>/<c>xxx</c> (a whole word, or after a document type: <c>TSAG-TDxxx</c>), <c>To be continued</c>
/// (with an ellipsis, or as the whole text of a paragraph: "the work is to be continued" is prose),
/// <c>[…]</c>/<c>[...]</c> (except in a block quote, where it marks an omission from the quoted text) and <c>???</c>.
/// </summary>
internal sealed partial class PlaceholderRule : IRecordRule
{
    /// <summary>
    /// The last or only character of each piece a match holds (<c>TB</c>, <c>XXX</c>, <c>xxx</c>, <c>[</c>, <c>???</c>):
    /// one vectorized search of single characters, each hit checked by hand (<see cref="MayHoldPlaceholder"/>).
    /// </summary>
    private static readonly SearchValues<char> PieceEnds = SearchValues.Create("B[?Xx");

    /// <summary>
    /// "nued" in any case: "continued" in any case (<see cref="string.Contains(string, StringComparison)"/> with
    /// <see cref="StringComparison.OrdinalIgnoreCase"/>) holds it, as no character but the ASCII letters upper-cases to
    /// N, U, E or D (a test holds it); one vectorized search instead of the invariant casing's character loop.
    /// </summary>
    private static readonly SearchValues<string> ContinuedEnd = SearchValues.Create(["nued"], StringComparison.OrdinalIgnoreCase);

    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [ReadinessDescriptors.Placeholder];

    public void Analyze(RecordContext context)
    {
        HashSet<Block>? quoted = null;
        foreach (var segment in context.Prose)
        {
            if (!MayHoldPlaceholder(segment.Text))
            {
                continue;
            }

            foreach (Match match in PlaceholderPattern().Matches(segment.Text))
            {
                if (match.Groups["elision"].Success)
                {
                    quoted ??= QuotedBlocks(context.Record);
                    if (segment.Block is { } block && quoted.Contains(block))
                    {
                        continue;
                    }
                }

                if (ReadinessReporting.Locate(context, segment, match.Index, match.Length) is { } location)
                {
                    ReadinessReporting.Report(context, ReadinessDescriptors.Placeholder, location, match.Value);
                }
            }
        }
    }

    /// <summary>
    /// False when no branch of <see cref="PlaceholderPattern"/> can match: each needs one of the pieces <c>TB</c>,
    /// <c>XXX</c>, <c>xxx</c>, <c>[</c>, <c>???</c>, or "continued" in any case (two vectorized searches, where the
    /// pattern would be tried at every 't' of the prose). The same answer as the former prefilter (a search of the five
    /// pieces as strings, then of "continued" ignoring case), kept in the tests as its oracle (issue 21).
    /// </summary>
    internal static bool MayHoldPlaceholder(string text)
    {
        var span = text.AsSpan();
        int i = 0;
        while (true)
        {
            int found = span[i..].IndexOfAny(PieceEnds);
            if (found < 0)
            {
                break;
            }

            i += found;
            char c = span[i];
            if (c == '['
                || (c == 'B' && i > 0 && span[i - 1] == 'T')
                || (c != 'B' && i + 2 < span.Length && span[i + 1] == c && span[i + 2] == c))
            {
                return true;
            }

            i++;
        }

        return span.IndexOfAny(ContinuedEnd) >= 0 && text.Contains("continued", StringComparison.OrdinalIgnoreCase);
    }

    private static HashSet<Block> QuotedBlocks(MeetingRecord record)
    {
        var quoted = new HashSet<Block>(ReferenceEqualityComparer.Instance);
        foreach (var quote in BlockWalker.Descendants(record.Body).OfType<QuoteBlock>())
        {
            quoted.UnionWith(BlockWalker.Descendants(quote.Blocks));
        }

        return quoted;
    }

    [GeneratedRegex(
        """
        (?<![\p{L}\p{N}_])(?:TBC|TBD|TBA|X{3,}|x{3,})(?![\p{L}\p{N}_])
        | (?<=(?:TD|LS|C)[-\u2011]?)(?:X{3,}|x{3,})(?![\p{L}\p{N}_])
        | (?<![\p{L}\p{N}_])(?i:to\ be\ continued)(?:…|\.{3})
        | (?<=^[\ (\[]*)(?i:to\ be\ continued)(?=[\ .!)\]]*$)
        | (?<elision>\[[\ \u00A0]*(?:…|\.{2,})[\ \u00A0]*\])
        | \?{3,}
        """,
        RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex PlaceholderPattern();
}
