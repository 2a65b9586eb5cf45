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

    [GeneratedRegex(@"[ \t]*\{(?:-|\.unnumbered)\}[ \t]*$", RegexOptions.CultureInvariant)]
    private static partial Regex UnnumberedPattern();

    [GeneratedRegex(@"^Annex(?:[ \u00A0]+(?<label>[A-Z]|\d{1,2})\b)?[ \u00A0\t]*(?:[:.\u2013\u2014-][ \u00A0\t]*)?", RegexOptions.CultureInvariant)]
    private static partial Regex AnnexPattern();

    [GeneratedRegex(@"^(?<num>(?:\d{1,2}|[A-Z](?=\.\d))(?:\.\d{1,2}){0,5})\.?(?:[ \t\u00A0]+|$)", RegexOptions.CultureInvariant)]
    private static partial Regex ClausePattern();
}
