using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Validation;

namespace Rgiem.Core.Tests.Performance.Definitions;

/// <summary>
/// The RG5022 rule as it was before issue 21's h29b pass (a <c>Match</c> a match, its groups read by name), kept
/// unchanged as the oracle of <c>DateTimeSpanEquivalenceTests</c>. RG5022: a time of day written with three digits (<c>930-1045 hours</c>, the leading zero lost), in the prose
/// or in <c>sessions[].time</c>. In prose only a range followed by "hours" or a time zone counts, whose ends are
/// both real times in order once padded, so "500 hours of work" or "100-200 pages" stay prose.
/// </summary>
internal sealed partial class ThreeDigitTimeRuleDefinition : IRecordRule
{
    /// <summary>A time in the prose is followed by one of these: a segment without any is not searched (one pass over it).</summary>
    private static readonly SearchValues<string> TimeWords = SearchValues.Create(["hours", "CE", "UTC", "GMT", "hrs"], StringComparison.Ordinal);

    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [DateTimeDescriptors.ThreeDigitTime];

    public void Analyze(RecordContext context)
    {
        foreach (var entry in FrontMatterSessions.Entries(context))
        {
            if (entry.Session.Time is { } time)
            {
                var locate = FrontMatterSessions.ScalarLocator(context, entry.TimePath, time);
                Check(context, time, FieldPattern(), (start, length) => locate(start, length), 0);
            }
        }

        foreach (var segment in context.Prose)
        {
            // Its first number starts at a digit nothing binds (ProseTokens.FirstFreeDigit), and a word of time follows.
            if (segment.Tokens.FirstFreeDigit is >= 0 and int first && segment.Text.AsSpan(first).IndexOfAny(TimeWords) >= 0)
            {
                Check(context, segment.Text, ProsePattern(), segment.Locate, first);
            }
        }
    }

    private static void Check(RecordContext context, string text, Regex pattern, TextLocator locate, int firstStart)
    {
        foreach (Match match in pattern.Matches(text, firstStart))
        {
            var start = match.Groups["a"];
            var end = match.Groups["b"];
            if (start.Length != 3 && end.Length != 3)
            {
                continue;
            }

            int? from = Minutes(start.Value);
            int? to = Minutes(end.Value);
            if (from is null || to is null || to <= from)
            {
                continue;
            }

            foreach (var group in new[] { start, end }.Where(g => g.Length == 3))
            {
                context.Report(DateTimeDescriptors.ThreeDigitTime, locate(group.Index, group.Length), group.Value, "0" + group.Value);
            }
        }
    }

    private static int? Minutes(string digits)
    {
        int value = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        int hours = value / 100;
        int minutes = value % 100;
        return hours < 24 && minutes < 60 ? (hours * 60) + minutes : null;
    }

    [GeneratedRegex(
        @"(?<![\p{L}\p{N}_.,:/\-\u2013])(?<a>[0-9]{3,4})[ \u00A0]?(?:-|\u2013|to)[ \u00A0]?(?<b>[0-9]{3,4})(?![\p{N}:])[ \u00A0]*(?:hours|hrs|CET|CEST|UTC|GMT)\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    internal static partial Regex ProsePattern();

    [GeneratedRegex(
        @"(?<![\p{L}\p{N}_.,:/\-\u2013])(?<a>[0-9]{3,4})[ \u00A0]?(?:-|\u2013|to)[ \u00A0]?(?<b>[0-9]{3,4})(?![\p{N}:])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex FieldPattern();
}
