namespace Rgiem.Core.Text;

/// <summary>
/// Where a run of one kind of character ends (or, backwards, starts): what the scanners that read a pattern's groups from
/// the match's span (<see cref="DateMentions"/>, <see cref="TimeMentions"/>, RG5022) step over.
/// </summary>
internal static class CharRuns
{
    /// <summary>The end of the run of ASCII digits at <paramref name="at"/> (<paramref name="at"/> when there is none).</summary>
    public static int DigitsEnd(ReadOnlySpan<char> text, int at)
    {
        while (at < text.Length && char.IsAsciiDigit(text[at]))
        {
            at++;
        }

        return at;
    }

    /// <summary>The end of the run of ASCII letters at <paramref name="at"/>.</summary>
    public static int LettersEnd(ReadOnlySpan<char> text, int at)
    {
        while (at < text.Length && char.IsAsciiLetter(text[at]))
        {
            at++;
        }

        return at;
    }

    /// <summary>The end of the run of whitespace at <paramref name="at"/>.</summary>
    public static int WhiteSpaceEnd(ReadOnlySpan<char> text, int at)
    {
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return at;
    }

    /// <summary>The start of the run of whitespace that ends at <paramref name="at"/>.</summary>
    public static int WhiteSpaceStart(ReadOnlySpan<char> text, int at)
    {
        while (at > 0 && char.IsWhiteSpace(text[at - 1]))
        {
            at--;
        }

        return at;
    }
}
