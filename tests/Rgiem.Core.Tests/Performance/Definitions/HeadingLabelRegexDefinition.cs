using System.Text.RegularExpressions;
using Rgiem.Core.Binding;
using Rgiem.Core.Model;

namespace Rgiem.Core.Tests.Performance.Definitions;

/// <summary>
/// <see cref="HeadingLabelParser.Parse"/> as it was before issue 21's h28a: the suffix <c>{-}</c> and the clause number read
/// with these regexes and their groups. The oracle of <c>HeadingLabelEquivalenceTests</c>.
/// </summary>
internal static partial class HeadingLabelRegexDefinition
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
