using System.Text.RegularExpressions;
using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Validation.Rules.Readiness;

/// <summary>
/// RG7003: the names of the ITU sectors written without their hyphen: <c>ITUT</c>, <c>ITU T</c> (a space or a
/// no-break space), <c>ITU–T</c> (a dash), and the same for ITU-R and ITU-D. Seed 001 shows "ITUT" where the
/// non-breaking hyphen of "ITU‑T" was lost. Capitals only; "ITU R&amp;D" and "ITU Telecom" are not sector names.
/// </summary>
internal sealed partial class BodyNameSpellingRule : IRecordRule
{
    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [ReadinessDescriptors.BodyNameMisspelt];

    public void Analyze(RecordContext context)
    {
        foreach (var segment in context.Prose)
        {
            // The matches without their Match objects (a collection a segment was about 10 KB a record): the sector is
            // the last character of a match (only the lookahead follows it).
            string text = segment.Text;
            if (!MayBeMisspelt(text))
            {
                continue;
            }

            foreach (var match in MisspeltPattern().EnumerateMatches(text))
            {
                if (ReadinessReporting.Locate(context, segment, match.Index, match.Length) is { } location)
                {
                    ReadinessReporting.Report(context, ReadinessDescriptors.BodyNameMisspelt, location, text.Substring(match.Index, match.Length), "ITU-" + text[match.Index + match.Length - 1]);
                }
            }
        }
    }

    /// <summary>
    /// Whether the text holds "ITU" followed by T, R or D, or by a space, NBSP or dash and one of them, as every match of
    /// <see cref="MisspeltPattern"/> does: a segment without any is not searched (most write "ITU-T", or no ITU).
    /// </summary>
    internal static bool MayBeMisspelt(string text)
    {
        var span = text.AsSpan();
        int i = 0;
        while (true)
        {
            int found = span[i..].IndexOf("ITU", StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            i += found + 3;
            if (i < span.Length)
            {
                char next = span[i];
                if (next is 'T' or 'R' or 'D'
                    || (next is ' ' or '\u00A0' or '\u2013' or '\u2014' && i + 1 < span.Length && span[i + 1] is 'T' or 'R' or 'D'))
                {
                    return true;
                }
            }
        }
    }

    [GeneratedRegex(
        """(?<![\p{L}\p{N}_\-\u2011])ITU[\ \u00A0\u2013\u2014]?(?<sector>[TRD])(?![\p{L}\p{N}_&])""",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    internal static partial Regex MisspeltPattern();
}
