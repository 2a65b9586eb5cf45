using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Text;

namespace Rgiem.Core.Validation.Rules;

/// <summary>
/// RG5022: a time of day written with three digits (<c>930-1045 hours</c>, the leading zero lost), in the prose
/// or in <c>sessions[].time</c>. In prose only a range followed by "hours" or a time zone counts, whose ends are
/// both real times in order once padded, so "500 hours of work" or "100-200 pages" stay prose.
/// </summary>
public sealed partial class ThreeDigitTimeRule : IRecordRule
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
        foreach (var found in pattern.EnumerateMatches(text, firstStart))
        {
            // Most matches are ranges of four-digit times ("1400-1600 hours"): refused from the match's span, without a Match.
            var (a, aLength, b, bLength) = Ends(text, found.Index);
            if (aLength != 3 && bLength != 3)
            {
                continue;
            }

            int? from = Minutes(text.AsSpan(a, aLength));
            int? to = Minutes(text.AsSpan(b, bLength));
            if (from is null || to is null || to <= from)
            {
                continue;
            }

            if (aLength == 3)
            {
                Report(context, locate, text, a);
            }

            if (bLength == 3)
            {
                Report(context, locate, text, b);
            }
        }
    }

    private static void Report(RecordContext context, TextLocator locate, string text, int index)
    {
        string value = text.Substring(index, 3);
        context.Report(DateTimeDescriptors.ThreeDigitTime, locate(index, 3), value, "0" + value);
    }

    /// <summary>
    /// The groups <c>a</c> and <c>b</c> of a match of <see cref="ProsePattern"/> or <see cref="FieldPattern"/> starting at
    /// <paramref name="index"/>, read from the text: <c>a</c> is the whole run of ASCII digits the match starts with (a
    /// separator, not a digit, must follow its three or four digits, and nothing the lookbehind refuses precedes it), then
    /// come an optional space, <c>-</c>, <c>–</c> or <c>to</c>, an optional space (the separator never starts with a space,
    /// and <c>b</c> with a digit, so each space present is the one the pattern takes), and <c>b</c>, the whole run of ASCII
    /// digits there (a number must not follow its three or four digits).
    /// </summary>
    internal static (int A, int ALength, int B, int BLength) Ends(string text, int index)
    {
        int aEnd = CharRuns.DigitsEnd(text, index);
        int at = aEnd;
        if (text[at] is ' ' or '\u00A0')
        {
            at++;
        }

        at += text[at] == 't' ? 2 : 1;
        if (at < text.Length && text[at] is ' ' or '\u00A0')
        {
            at++;
        }

        int bEnd = CharRuns.DigitsEnd(text, at);
        return (index, aEnd - index, at, bEnd - at);
    }

    private static int? Minutes(ReadOnlySpan<char> digits)
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
    internal static partial Regex FieldPattern();
}
