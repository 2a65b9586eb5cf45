using System.Globalization;
using System.Text.RegularExpressions;
using Rgiem.Core.Binding;
using Rgiem.Core.Model;

namespace Rgiem.Core.Validation;

/// <summary>
/// Finds the paragraphs that start with an action label written wrongly: the colon lost (<c>RG-IEM-4 to request</c>),
/// replaced by a dash or a full stop (<c>Action 4 – TSAG is invited</c>, <c>RG-IEM-4. To request</c>). Without a
/// colon, a label followed by a space counts only when "to" and a verb follow, as action texts begin, so that
/// "RG-IEM-4 was agreed by TSAG" stays prose. The prefix must be the record's or group-like (the binder's grammar).
/// </summary>
public static partial class ActionLookalikes
{
    public static IReadOnlyList<ActionLookalike> Find(RecordContext context)
    {
        string? prefix = context.Record.Metadata.EffectiveActionPrefix;
        var result = new List<ActionLookalike>();
        bool inSummary = false;
        foreach (var segment in context.Prose)
        {
            if (segment.Block is HeadingBlock { Level: 1 } heading)
            {
                inSummary = heading.Kind == HeadingKind.Clause && heading.Number == "0";
                continue;
            }

            if (segment.Origin != ProseOrigin.Paragraph || segment.Block is not ParagraphBlock || segment.Text.Length < 8)
            {
                continue;
            }

            char first = segment.Text[0];
            if (first is < 'A' or > 'Z')
            {
                continue;
            }

            var match = LabelPattern().Match(segment.Text);
            if (!match.Success)
            {
                continue;
            }

            int number = int.Parse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
            if (match.Groups["prefix"].Success)
            {
                string written = match.Groups["prefix"].Value;
                if (!ActionLabelPattern.IsGroupLike(written, prefix))
                {
                    continue;
                }

                result.Add(new ActionLookalike(segment, match.Length, ActionStyle.Prefixed, written, number, inSummary));
            }
            else
            {
                result.Add(new ActionLookalike(segment, match.Length, ActionStyle.Numbered, null, number, inSummary));
            }
        }

        return result;
    }

    [GeneratedRegex(
        @"^(?:(?<prefix>[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*?)-(?<n>[0-9]{1,3})|Action[ \u00A0]+(?<n>[0-9]{1,3}))"
        + @"(?:[ \u00A0]*[.\u2013\u2014-][ \u00A0\t]+|[ \u00A0\t]+(?=to[ \u00A0]+[a-z]))",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex LabelPattern();
}
