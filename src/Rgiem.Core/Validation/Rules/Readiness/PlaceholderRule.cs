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
    /// <summary>A match of the pattern holds one of these or "continued" (in any case): a segment without any is not searched, in one pass.</summary>
    private static readonly SearchValues<string> Pieces = SearchValues.Create(["TB", "XXX", "xxx", "[", "???"], StringComparison.Ordinal);

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
    /// False when no branch of <see cref="PlaceholderPattern"/> can match: each needs one of these pieces of text (a few
    /// vectorized searches, where the pattern would be tried at every 't' of the prose).
    /// </summary>
    private static bool MayHoldPlaceholder(string text) =>
        text.AsSpan().IndexOfAny(Pieces) >= 0
        || text.Contains("continued", StringComparison.OrdinalIgnoreCase);

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
