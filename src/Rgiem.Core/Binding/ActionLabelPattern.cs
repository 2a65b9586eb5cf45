using System.Text.RegularExpressions;

namespace Rgiem.Core.Binding;

/// <summary>
/// Recognises action labels at the start of a paragraph: <c>RG-IEM-5:</c> (the record's prefix, or a
/// group-like prefix such as RG-WPR or WP2) and <c>Action 3:</c>.
/// </summary>
internal static partial class ActionLabelPattern
{
    public static Match MatchPrefixed(string text) => Prefixed().Match(text);

    public static Match MatchNumbered(string text) => Numbered().Match(text);

    /// <summary>A foreign prefix counts only if it looks like a group: RG-…, WPn, SGnn, FG-…, JCA-…, TSAG.</summary>
    public static bool IsGroupLike(string prefix, string? expected) =>
        string.Equals(prefix, expected, StringComparison.Ordinal) || GroupLike().IsMatch(prefix);

    /// <summary><see cref="IsGroupLike(string, string?)"/> of a prefix not yet cut out of its text.</summary>
    public static bool IsGroupLike(ReadOnlySpan<char> prefix, string? expected) =>
        (expected is not null && prefix.SequenceEqual(expected)) || GroupLike().IsMatch(prefix);

    /// <summary>
    /// The length of the <see cref="MatchNumbered"/> label at the start of <paramref name="text"/>, -1 without one, and the
    /// range of its number (the group <c>n</c>): what the binder reads of the match, without a <see cref="Match"/> and its
    /// groups (issue 21; <c>ActionLabelSpanEquivalenceTests</c> holds it to the groups).
    /// </summary>
    public static int NumberedLabel(string text, out Range number)
    {
        number = default;
        foreach (var match in Numbered().EnumerateMatches(text))
        {
            // "Action", one blank or more, the digits (\d: any decimal digit), then blanks and the colon.
            int start = 6;
            while (text[start] is ' ' or '\u00A0')
            {
                start++;
            }

            int end = start;
            while (char.IsDigit(text[end]))
            {
                end++;
            }

            number = start..end;
            return match.Length;
        }

        return -1;
    }

    /// <summary>
    /// The length of the <see cref="MatchPrefixed"/> label at the start of <paramref name="text"/>, -1 without one, and the
    /// ranges of its groups <c>prefix</c> and <c>n</c>. The number is the run of digits before the blanks and the first colon
    /// (the prefix holds no colon), the prefix what stands before the hyphen in front of it.
    /// </summary>
    public static int PrefixedLabel(string text, out Range prefix, out Range number)
    {
        prefix = default;
        number = default;
        foreach (var match in Prefixed().EnumerateMatches(text))
        {
            int end = text.IndexOf(':', 0, match.Length);
            while (text[end - 1] is ' ' or '\u00A0')
            {
                end--;
            }

            int start = end;
            while (char.IsDigit(text[start - 1]))
            {
                start--;
            }

            number = start..end;
            prefix = 0..(start - 1);
            return match.Length;
        }

        return -1;
    }

    /// <summary>
    /// An action identifier written alone (<c>RG-IEM-4</c>, <c>Action 2</c>, as in <c>action-status</c>) in the form
    /// <see cref="Model.ActionBlock.Id"/> gives it (<c>RG-IEM-04</c> becomes <c>RG-IEM-4</c>); null when it is not one.
    /// </summary>
    public static string? NormalizeId(string text)
    {
        var match = Identifier().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        int number = int.Parse(match.Groups["n"].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
        return match.Groups["prefix"].Success
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{match.Groups["prefix"].Value}-{number}")
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Action {number}");
    }

    [GeneratedRegex(@"^(?:(?<prefix>[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*?)-(?<n>\d{1,3})|Action[ \u00A0]+(?<n>\d{1,3}))$", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();

    [GeneratedRegex(@"^(?<prefix>[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*?)-(?<n>\d{1,3})[ \u00A0]*:[ \t\u00A0]*", RegexOptions.CultureInvariant)]
    private static partial Regex Prefixed();

    [GeneratedRegex(@"^Action[ \u00A0]+(?<n>\d{1,3})[ \u00A0]*:[ \t\u00A0]*", RegexOptions.CultureInvariant)]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^(?:RG-[A-Za-z0-9-]+|WP\d{1,2}(?:/[A-Z0-9]+)?|SG\d{1,2}|FG-[A-Za-z0-9-]+|JCA-[A-Za-z0-9-]+|TSAG)$", RegexOptions.CultureInvariant)]
    private static partial Regex GroupLike();
}
