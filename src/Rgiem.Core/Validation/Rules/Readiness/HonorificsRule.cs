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
    /// <summary>Every match of the pattern holds one of these ("Mrs" holds "Mr"): a segment without any is not searched.</summary>
    private static readonly SearchValues<string> Titles = SearchValues.Create(["Mr", "Ms", "Dr", "Prof"], StringComparison.Ordinal);

    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [ReadinessDescriptors.MixedHonorifics];

    public void Analyze(RecordContext context)
    {
        (ProseSegment Segment, Match Match)? firstDotted = null;
        (ProseSegment Segment, Match Match)? firstPlain = null;
        int dotted = 0;
        int plain = 0;
        foreach (var segment in context.Prose)
        {
            if (segment.Text.AsSpan().IndexOfAny(Titles) < 0)
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

    [GeneratedRegex(@"(?<![\p{L}\p{N}_.])(?:Mr|Mrs|Ms|Dr|Prof)(?<dot>\.)?(?=[ \u00A0]+\p{Lu})", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex HonorificPattern();
}
