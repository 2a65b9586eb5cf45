namespace Rgiem.Core.Tests.Performance.Definitions;

/// <summary>
/// The date prefilter as it was before issue 21's prose pass (h26b): a search of the month names' three-letter stems
/// (<c>SearchValues&lt;string&gt;</c>), each checked for a day before or after it. Kept unchanged as the oracle of
/// <c>ProsePrefilterEquivalenceTests</c>: the prefilter that replaced it (<c>DateMentions.MayHoldDate</c>, read from the
/// digits) must give the same answer on every text.
/// </summary>
internal static class MayHoldDateDefinition
{
    private const string Months =
        "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthNames =
        new HashSet<string>(Months.Split('|'), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly System.Buffers.SearchValues<string> MonthStarts = System.Buffers.SearchValues.Create(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], StringComparison.Ordinal);

    public static bool MayHoldDate(ReadOnlySpan<char> text)
    {
        int firstDigit = text.IndexOfAnyInRange('0', '9');
        if (firstDigit < 0)
        {
            return false;
        }

        int from = 0;
        while (true)
        {
            int found = text[from..].IndexOfAny(MonthStarts);
            if (found < 0)
            {
                return false;
            }

            int at = from + found;
            from = at + 1;
            if (at > 0 && (char.IsLetterOrDigit(text[at - 1]) || text[at - 1] == '_'))
            {
                continue;
            }

            // The name: a whole run of letters that is a month name (the pattern ends it at a word boundary).
            int end = at;
            while (end < text.Length && char.IsAsciiLetter(text[end]))
            {
                end++;
            }

            if (!MonthNames.Contains(text[at..end]))
            {
                continue;
            }

            // 30 July, 30th of July: a digit, an ordinal ending, "of", with whitespace before the name and before "of".
            if (DayBefore(text, at))
            {
                return true;
            }

            // July 30, Jul. 30: the name, an optional '.', whitespace, a digit.
            if (end < text.Length && text[end] == '.')
            {
                end++;
            }

            int digits = end;
            while (digits < text.Length && char.IsWhiteSpace(text[digits]))
            {
                digits++;
            }

            if (digits > end && digits < text.Length && char.IsAsciiDigit(text[digits]))
            {
                return true;
            }
        }
    }

    /// <summary>Whether <c>[0-9](?:st|nd|rd|th)?(?:\s+of)?\s+</c> ends at <paramref name="at"/> (the day before a month name).</summary>
    private static bool DayBefore(ReadOnlySpan<char> text, int at)
    {
        int i = SkipSpaceBack(text, at);
        if (i == at)
        {
            return false;
        }

        if (i >= 2 && text[(i - 2)..i].SequenceEqual("of"))
        {
            int before = SkipSpaceBack(text, i - 2);
            if (before < i - 2 && DigitEndsAt(text, before))
            {
                return true;
            }
        }

        return DigitEndsAt(text, i);
    }

    /// <summary>Whether <c>[0-9](?:st|nd|rd|th)?</c> ends at <paramref name="end"/>.</summary>
    private static bool DigitEndsAt(ReadOnlySpan<char> text, int end)
    {
        if (end >= 1 && char.IsAsciiDigit(text[end - 1]))
        {
            return true;
        }

        return end >= 3 && char.IsAsciiDigit(text[end - 3]) && text[(end - 2)..end] is "st" or "nd" or "rd" or "th";
    }

    private static int SkipSpaceBack(ReadOnlySpan<char> text, int at)
    {
        while (at > 0 && char.IsWhiteSpace(text[at - 1]))
        {
            at--;
        }

        return at;
    }
}
