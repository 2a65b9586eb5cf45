using System.Text.RegularExpressions;
using Rgiem.Core.Model;

namespace Rgiem.Core.Repository;

/// <summary>
/// The body an action is addressed to, as the record says it: the clause-0 heading "Actions from RG-IEM to WP2"
/// gives WP2 for all its actions; else the action's own words, "to request TSAG through WP2 to …" (TSAG) or
/// "TSAG is invited to …" (TSAG); else the record's parent body.
/// </summary>
public static partial class ActionTargets
{
    public static string Of(MeetingRecord record, string text)
    {
        var summary = record.Headings.FirstOrDefault(h => h.Kind == HeadingKind.Clause && h.Number == "0");
        if (summary is not null && HeadingTarget().Match(BlockWalker.PlainText(summary.Title).Trim()) is { Success: true } heading)
        {
            return heading.Groups["body"].Value;
        }

        if (Requested().Match(text) is { Success: true } requested)
        {
            return requested.Groups["body"].Value;
        }

        if (Invited().Match(text) is { Success: true } invited)
        {
            return invited.Groups["body"].Value;
        }

        return record.Metadata.Parent ?? string.Empty;
    }

    /// <summary>"Actions from RG-IEM to WP2".</summary>
    [GeneratedRegex(@"\bto\s+(?<body>[A-Z][A-Za-z0-9/-]*(?:\s[A-Z][A-Za-z0-9/-]*)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex HeadingTarget();

    /// <summary>"to request TSAG through WP2 to …", "to ask SG17 to …".</summary>
    [GeneratedRegex(@"^(?:to\s+)?(?:request|ask|invite|inform|send\s+an?\s+LS\s+to)\s+(?<body>[A-Z][A-Za-z0-9/-]*)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Requested();

    /// <summary>"TSAG is invited to …", "SG17 and SG13 are requested to …".</summary>
    [GeneratedRegex(@"^(?<body>[A-Z][A-Za-z0-9/-]*)\s+(?:is|are)\s+(?:invited|requested|asked)\s+to\b", RegexOptions.CultureInvariant)]
    private static partial Regex Invited();
}
