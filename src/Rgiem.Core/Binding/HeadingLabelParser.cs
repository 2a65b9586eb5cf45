using System.Text.RegularExpressions;
using Rgiem.Core.Model;

namespace Rgiem.Core.Binding;

/// <summary>
/// Reads the author's clause number or annex label from a heading's text:
/// <c>2.1 Title</c>, <c>2.1&lt;TAB&gt;Title</c>, <c>A.1 Title</c>, <c>Annex B: Title</c>, <c>Annex: Title</c>,
/// and pandoc's <c>{-}</c> / <c>{.unnumbered}</c> for a heading without a number.
/// </summary>
internal static partial class HeadingLabelParser
{
    /// <summary>
    /// The label of a heading of level <paramref name="level"/> whose plain text is <paramref name="text"/>. The suffix
    /// <c>{-}</c> and the clause number are read by hand (issue 21: the regexes' <c>Match</c>, groups and name look-up
    /// cost more than the rest of a heading's binding); <c>HeadingLabelEquivalenceTests</c> holds them to the patterns
    /// (kept as the oracle in tests/Rgiem.Core.Tests/Performance/Definitions/HeadingLabelRegexDefinition.cs).
    /// </summary>
    public static HeadingLabel Parse(string text, int level)
    {
        int suffix = UnnumberedSuffixLength(text);
        if (suffix >= 0)
        {
            return new HeadingLabel(HeadingKind.Unnumbered, null, 0, true, suffix);
        }

        if (level == 1 && text.StartsWith("Annex", StringComparison.Ordinal))
        {
            var annex = AnnexPattern().Match(text);
            if (annex.Success)
            {
                string? label = annex.Groups["label"].Success ? annex.Groups["label"].Value : null;
                return new HeadingLabel(HeadingKind.Annex, label, annex.Length, false, 0);
            }
        }

        int length = ClauseLength(text, out int numberLength);
        if (length >= 0)
        {
            return new HeadingLabel(HeadingKind.Clause, text[..numberLength], length, false, 0);
        }

        return new HeadingLabel(HeadingKind.Clause, null, 0, false, 0);
    }

    /// <summary>
    /// The length of the match of <c>[ \t]*\{(?:-|\.unnumbered)\}[ \t]*$</c> in <paramref name="text"/> (pandoc's
    /// <c>{-}</c> or <c>{.unnumbered}</c> at the end, with the blanks around it), or -1 without one. <c>$</c> matches at the
    /// end and before a final line end; the blanks before the token are all taken (the leftmost match).
    /// </summary>
    internal static int UnnumberedSuffixLength(string text)
    {
        int end = text.Length > 0 && text[^1] == '\n' ? text.Length - 1 : text.Length;
        int token = end;
        while (token > 0 && text[token - 1] is ' ' or '\t')
        {
            token--;
        }

        var before = text.AsSpan(0, token);
        int start;
        if (before.EndsWith("{-}", StringComparison.Ordinal))
        {
            start = token - 3;
        }
        else if (before.EndsWith("{.unnumbered}", StringComparison.Ordinal))
        {
            start = token - 13;
        }
        else
        {
            return -1;
        }

        while (start > 0 && text[start - 1] is ' ' or '\t')
        {
            start--;
        }

        return end - start;
    }

    /// <summary>
    /// The length of the match of <c>^(?&lt;num&gt;(?:\d{1,2}|[A-Z](?=\.\d))(?:\.\d{1,2}){0,5})\.?(?:[ \t\u00A0]+|$)</c> at the
    /// start of <paramref name="text"/> and of its group <c>num</c> (<paramref name="numberLength"/>), or -1 without one.
    /// The greedy reading is the only one that can match: each shorter number is followed by a digit, or by a '.' and a
    /// digit, where neither the optional '.' nor the blanks nor the end can follow. <c>\d</c> is any Unicode decimal digit.
    /// </summary>
    internal static int ClauseLength(string text, out int numberLength)
    {
        numberLength = 0;
        int n = text.Length;
        int i;
        if (n > 0 && char.IsDigit(text[0]))
        {
            i = n > 1 && char.IsDigit(text[1]) ? 2 : 1;
        }
        else if (n > 2 && char.IsAsciiLetterUpper(text[0]) && text[1] == '.' && char.IsDigit(text[2]))
        {
            i = 1;
        }
        else
        {
            return -1;
        }

        for (int parts = 0; parts < 5 && i + 1 < n && text[i] == '.' && char.IsDigit(text[i + 1]); parts++)
        {
            i += i + 2 < n && char.IsDigit(text[i + 2]) ? 3 : 2;
        }

        int number = i;
        if (i < n && text[i] == '.')
        {
            i++;
        }

        if (i < n && text[i] is ' ' or '\t' or '\u00A0')
        {
            while (i < n && text[i] is ' ' or '\t' or '\u00A0')
            {
                i++;
            }
        }
        else if (!(i == n || (i == n - 1 && text[i] == '\n')))
        {
            return -1;
        }

        numberLength = number;
        return i;
    }

    /// <summary>
    /// The number a heading starts with when it is not a clause number rgiem reads (a part of three digits or more,
    /// more than six parts, as in <c>99999999999999999999 Huge clause</c>); null otherwise. RG2014 reports it.
    /// </summary>
    public static string? OutOfRangeNumber(string text)
    {
        var match = OutOfRangePattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        string number = match.Groups["num"].Value;
        var parts = number.Split('.');
        return parts.Length > 6 || parts.Any(p => p.Length > 2) ? number : null;
    }

    [GeneratedRegex(@"^(?<num>[0-9]+(?:\.[0-9]+)*)\.?(?:[ \t\u00A0]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex OutOfRangePattern();

    [GeneratedRegex(@"^Annex(?:[ \u00A0]+(?<label>[A-Z]|\d{1,2})\b)?[ \u00A0\t]*(?:[:.\u2013\u2014-][ \u00A0\t]*)?", RegexOptions.CultureInvariant)]
    private static partial Regex AnnexPattern();
}
