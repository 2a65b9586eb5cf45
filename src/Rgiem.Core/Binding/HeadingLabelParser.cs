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
        int suffix = 0;
        var unnumbered = UnnumberedPattern().Match(text);
        if (unnumbered.Success)
        {
            suffix = unnumbered.Length;
            return new HeadingLabel(HeadingKind.Unnumbered, null, 0, true, suffix);
        }

        if (level == 1)
        {
            var annex = AnnexPattern().Match(text);
            if (annex.Success)
            {
                string? label = annex.Groups["label"].Success ? annex.Groups["label"].Value : null;
                return new HeadingLabel(HeadingKind.Annex, label, annex.Length, false, 0);
            }
        }

        var clause = ClausePattern().Match(text);
        if (clause.Success)
        {
            return new HeadingLabel(HeadingKind.Clause, clause.Groups["num"].Value, clause.Length, false, 0);
        }

        return new HeadingLabel(HeadingKind.Clause, null, 0, false, 0);
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

    [GeneratedRegex(@"[ \t]*\{(?:-|\.unnumbered)\}[ \t]*$", RegexOptions.CultureInvariant)]
    private static partial Regex UnnumberedPattern();

    [GeneratedRegex(@"^Annex(?:[ \u00A0]+(?<label>[A-Z]|\d{1,2})\b)?[ \u00A0\t]*(?:[:.\u2013\u2014-][ \u00A0\t]*)?", RegexOptions.CultureInvariant)]
    private static partial Regex AnnexPattern();

    [GeneratedRegex(@"^(?<num>(?:\d{1,2}|[A-Z](?=\.\d))(?:\.\d{1,2}){0,5})\.?(?:[ \t\u00A0]+|$)", RegexOptions.CultureInvariant)]
    private static partial Regex ClausePattern();
}
