using System.Text.RegularExpressions;
using Rgiem.Core.Binding;
using Rgiem.Core.Model;

namespace Rgiem.Core.Import;

/// <summary>
/// The group of an imported record, as the document states it (the cover has no Group row): the prefix of its
/// action items (<c>RG-IEM-5:</c> → RG-IEM, <c>WP2-1:</c> → WP2/parent), else a group named in its source or title
/// ("Rapporteur, TSAG RG-IEM"). Null when the document names none: then <c>rgiem check</c> asks for it.
/// </summary>
public static partial class GroupName
{
    public static string? Find(ImportedCover cover, IReadOnlyList<Block> body)
    {
        foreach (var paragraph in BlockWalker.Descendants(body).OfType<ParagraphBlock>())
        {
            if (paragraph.Inlines.Count == 0 || paragraph.Inlines[0] is not StyledRun { Style: InlineStyle.Bold } label)
            {
                continue;
            }

            var match = ActionLabelPattern.MatchPrefixed(BlockWalker.PlainText(label.Children).Trim());
            if (match.Success && ActionLabelPattern.IsGroupLike(match.Groups["prefix"].Value, null))
            {
                string prefix = match.Groups["prefix"].Value;
                return prefix.StartsWith("WP", StringComparison.Ordinal) && cover.Parent is { } parent ? prefix + "/" + parent : prefix;
            }
        }

        foreach (string? text in new[] { cover.Source, cover.Title })
        {
            if (text is not null && Named().Match(text) is { Success: true } named)
            {
                return named.Value;
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b(?:RG-[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*|WP\d{1,2}/[A-Z0-9]+)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Named();
}
