using System.Text;
using System.Text.RegularExpressions;

namespace Rgiem.Interop.Tests;

/// <summary>
/// Normalisation shared by the text checks: the seeds (text extracted from the real DOCX reports) and
/// pandoc's plain text differ in extraction artefacts, not in content. Both lose bookmark markers, list
/// bullets (· • – -), table rules and cell bars; white space collapses; NBSP, dashes, quotes and the
/// ellipsis are unified.
/// </summary>
public static partial class SeedText
{
    public static string Normalize(string text)
    {
        text = BookmarkPattern().Replace(text, string.Empty);
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            builder.Append(c switch
            {
                '\u00A0' or '\u202F' or '\u2007' or '\u2009' => " ",
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => "-",
                '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' => "\"",
                '\u2018' or '\u2019' or '\u201A' => "'",
                '\u2026' => "...",
                _ => c.ToString(),
            });
        }

        var lines = builder.ToString().Split('\n')
            .Where(l => !TableRulePattern().IsMatch(l))
            .Select(l => BulletPattern().Replace(l.Replace('|', ' '), string.Empty));
        return WhiteSpacePattern().Replace(string.Join("\n", lines), " ").Trim();
    }

    /// <summary>Words (letters, digits, underscore) and single punctuation marks of the normalised text.</summary>
    public static IReadOnlyList<string> Tokens(string text) =>
        TokenPattern().Matches(Normalize(text)).Select(m => m.Value).ToList();

    /// <summary>pandoc's plain text after the cover table: from the first blank line after "Abstract:" on.</summary>
    public static string AfterCover(string pandocText)
    {
        var lines = pandocText.Split('\n');
        int abstractLine = Array.FindIndex(lines, l => l.Contains("Abstract:", StringComparison.Ordinal));
        Assert.True(abstractLine >= 0, "No Abstract: row in the pandoc text");
        int blank = Array.FindIndex(lines, abstractLine, l => l.Trim().Length == 0);
        return blank < 0 ? string.Empty : string.Join("\n", lines.Skip(blank));
    }

    [GeneratedRegex(@"\[bookmark: [^\]]*\]")]
    private static partial Regex BookmarkPattern();

    [GeneratedRegex(@"^[-=+:| ]*[-=+][-=+:| ]*$")]
    private static partial Regex TableRulePattern();

    [GeneratedRegex(@"^\s*[\u00B7\u2022*-]\s+")]
    private static partial Regex BulletPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpacePattern();

    [GeneratedRegex(@"[\p{L}\p{N}_]+|[^\p{L}\p{N}_\s]")]
    private static partial Regex TokenPattern();
}
