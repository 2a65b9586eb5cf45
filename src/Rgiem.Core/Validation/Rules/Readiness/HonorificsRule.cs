using System.Buffers;
using System.Text.RegularExpressions;
using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Validation.Rules.Readiness;

/// <summary>
/// RG7021: honorifics written two ways in one record (<c>Mr</c> and <c>Mr.</c>, <c>Ms</c> and <c>Ms.</c>). Counted
/// over Mr, Mrs, Ms, Dr and Prof before a capitalised name; the warning is given once, at the first honorific
/// written in the style used less often (a tie: the style with the full stop).
/// </summary>
internal sealed partial class HonorificsRule : IRecordRule
{
    /// <summary>The first letters of the titles (<see cref="MayHoldTitle"/>).</summary>
    private static readonly SearchValues<char> TitleStarts = SearchValues.Create("MDP");

    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [ReadinessDescriptors.MixedHonorifics];

    public void Analyze(RecordContext context)
    {
        (ProseSegment Segment, Match Match)? firstDotted = null;
        (ProseSegment Segment, Match Match)? firstPlain = null;
        int dotted = 0;
        int plain = 0;
        foreach (var segment in context.Prose)
        {
            if (!MayHoldTitle(segment.Text))
            {
                continue;
            }

            foreach (Match match in HonorificPattern().Matches(segment.Text))
            {
                if (match.Groups["dot"].Success)
                {
                    dotted++;
                    firstDotted ??= (segment, match);
                }
                else
                {
                    plain++;
                    firstPlain ??= (segment, match);
                }
            }
        }

        if (firstDotted is not { } dot || firstPlain is not { } bare)
        {
            return;
        }

        var (minority, majority) = dotted <= plain ? (dot, bare) : (bare, dot);
        int line = majority.Segment.Locate(majority.Match.Index).Start.Line + 1;
        if (ReadinessReporting.Locate(context, minority.Segment, minority.Match.Index, minority.Match.Length) is { } location)
        {
            ReadinessReporting.Report(context, ReadinessDescriptors.MixedHonorifics, location, minority.Match.Value, majority.Match.Value, line);
        }
    }

    /// <summary>
    /// Whether the text holds <c>Mr</c>, <c>Ms</c>, <c>Dr</c> or <c>Prof</c>, as every match of the pattern does ("Mrs" holds
    /// "Mr"): a segment without any is not searched. One vectorized search of their first letters, each checked by hand;
    /// the same answer as the former search of the four strings, kept in the tests as its oracle (issue 21).
    /// </summary>
    internal static bool MayHoldTitle(string text)
    {
        var span = text.AsSpan();
        int i = 0;
        while (true)
        {
            int found = span[i..].IndexOfAny(TitleStarts);
            if (found < 0)
            {
                return false;
            }

            i += found;
            if (i + 1 < span.Length)
            {
                char next = span[i + 1];
                if (span[i] == 'M' ? next is 'r' or 's'
                    : span[i] == 'D' ? next == 'r'
                    : next == 'r' && span[(i + 1)..].StartsWith("rof", StringComparison.Ordinal))
                {
                    return true;
                }
            }

            i++;
        }
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}_.])(?:Mr|Mrs|Ms|Dr|Prof)(?<dot>\.)?(?=[ \u00A0]+\p{Lu})", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex HonorificPattern();
}
