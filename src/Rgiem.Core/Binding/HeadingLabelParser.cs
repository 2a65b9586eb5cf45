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
    public static HeadingLabel Parse(string text, int level)
    {
        // Each pattern is tried only where it can match: the regexes are the definition (kept as the tests' oracle too),
        // read by hand for the common shapes (issue 21), so most headings make no Match.
        if (MayBeUnnumbered(text))
        {
            var unnumbered = UnnumberedPattern().Match(text);
            if (unnumbered.Success)
            {
                return new HeadingLabel(HeadingKind.Unnumbered, null, 0, true, unnumbered.Length);
            }
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

        if (text.Length == 0 || !(char.IsDigit(text[0]) || char.IsAsciiLetterUpper(text[0])))
        {
            // ClausePattern starts with \d or [A-Z].
            return new HeadingLabel(HeadingKind.Clause, null, 0, false, 0);
        }

        if (GreedyClause(text) is (int numberLength, int length))
        {
            return new HeadingLabel(HeadingKind.Clause, text[..numberLength], length, false, 0);
        }

        var clause = ClausePattern().Match(text);
        if (clause.Success)
        {
            return new HeadingLabel(HeadingKind.Clause, clause.Groups["num"].Value, clause.Length, false, 0);
        }

        return new HeadingLabel(HeadingKind.Clause, null, 0, false, 0);
    }

    /// <summary>
    /// Whether <see cref="UnnumberedPattern"/> can match: it ends with '}', then spaces or tabs, at the end of the text or
    /// before its final line feed (its <c>$</c>).
    /// </summary>
    internal static bool MayBeUnnumbered(string text)
    {
        int end = text.Length;
        if (end > 0 && text[end - 1] == '\n')
        {
            end--;
        }

        while (end > 0 && text[end - 1] is ' ' or '\t')
        {
            end--;
        }

        return end > 0 && text[end - 1] == '}';
    }

    /// <summary>
    /// <see cref="ClausePattern"/>'s match when the path it tries first matches, read by hand with ASCII digits: one or two
    /// digits (or a capital before ".digit"), up to five ".digit(s)", each as long as it goes, an optional '.', then spaces,
    /// tabs or NBSPs, or the end of the text (or its final line feed). The first path that matches is the regex's match; when
    /// this one does not (a part of three digits, a digit beyond ASCII, no space after), null, and the regex decides.
    /// Returns the length of the number and of the whole match.
    /// </summary>
    internal static (int NumberLength, int Length)? GreedyClause(string text)
    {
        int pos = 0;
        if (text.Length > 0 && char.IsAsciiDigit(text[0]))
        {
            pos = text.Length > 1 && char.IsAsciiDigit(text[1]) ? 2 : 1;
        }
        else if (text.Length > 2 && char.IsAsciiLetterUpper(text[0]) && text[1] == '.' && char.IsAsciiDigit(text[2]))
        {
            pos = 1;
        }
        else
        {
            return null;
        }

        for (int part = 0; part < 5 && pos + 1 < text.Length && text[pos] == '.' && char.IsAsciiDigit(text[pos + 1]); part++)
        {
            pos += pos + 2 < text.Length && char.IsAsciiDigit(text[pos + 2]) ? 3 : 2;
        }

        int number = pos;
        if (pos < text.Length && text[pos] == '.')
        {
            pos++;
        }

        if (pos < text.Length && text[pos] is ' ' or '\t' or '\u00A0')
        {
            while (pos < text.Length && text[pos] is ' ' or '\t' or '\u00A0')
            {
                pos++;
            }

            return (number, pos);
        }

        return pos == text.Length || (pos == text.Length - 1 && text[pos] == '\n') ? (number, pos) : null;
    }

    /// <summary>
    /// The number a heading starts with when it is not a clause number rgiem reads (a part of three digits or more,
    /// more than six parts, as in <c>99999999999999999999 Huge clause</c>); null otherwise. RG2014 reports it.
    /// </summary>
    public static string? OutOfRangeNumber(string text)
    {
        if (text.Length == 0 || !char.IsAsciiDigit(text[0]))
        {
            // OutOfRangePattern starts with [0-9].
            return null;
        }

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
    internal static partial Regex OutOfRangePattern();

    [GeneratedRegex(@"[ \t]*\{(?:-|\.unnumbered)\}[ \t]*$", RegexOptions.CultureInvariant)]
    internal static partial Regex UnnumberedPattern();

    [GeneratedRegex(@"^Annex(?:[ \u00A0]+(?<label>[A-Z]|\d{1,2})\b)?[ \u00A0\t]*(?:[:.\u2013\u2014-][ \u00A0\t]*)?", RegexOptions.CultureInvariant)]
    internal static partial Regex AnnexPattern();

    [GeneratedRegex(@"^(?<num>(?:\d{1,2}|[A-Z](?=\.\d))(?:\.\d{1,2}){0,5})\.?(?:[ \t\u00A0]+|$)", RegexOptions.CultureInvariant)]
    internal static partial Regex ClausePattern();
}
