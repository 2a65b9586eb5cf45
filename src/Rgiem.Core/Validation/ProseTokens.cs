namespace Rgiem.Core.Validation;

/// <summary>
/// One pass over a <see cref="ProseSegment"/>'s text, shared by the prose rules instead of each scanning the text again:
/// its words (<see cref="ProseWord"/>, as RG7002 reads them) and where the first digit that may start a time of day
/// stands (<see cref="FirstFreeDigit"/>). Each is computed once per segment, on first use, by the first rule that asks
/// (<see cref="ProseSegment.Tokens"/>; <see cref="RecordContext.Tokens"/> for a whole record): a scan of every character
/// costs as much as the rule's own scan did, so only what a rule reads is computed.
/// </summary>
public sealed class ProseTokens
{
    /// <summary><see cref="char.IsLetterOrDigit(char)"/> of each ASCII character.</summary>
    private static readonly bool[] AsciiLetterOrDigit = [.. Enumerable.Range(0, 128).Select(c => char.IsLetterOrDigit((char)c))];

    /// <summary>The ASCII letters and digits: the characters of most words, searched past with one vectorized search.</summary>
    private static readonly System.Buffers.SearchValues<char> AsciiWordChars =
        System.Buffers.SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>The buffer of <see cref="ScratchWords"/>, one a thread (the records are checked in parallel), grown as needed.</summary>
    [ThreadStatic]
    private static ProseWord[]? scratch;

    private readonly string text;
    private List<ProseWord>? words;
    private int firstFreeDigit = -2;

    internal ProseTokens(string text)
    {
        this.text = text;
    }

    /// <summary>The words of the text, in order: letters and digits, with inner hyphens and apostrophes ("ITU-T", "TSAG's").</summary>
    public IReadOnlyList<ProseWord> Words => words ??= FindWords(text);

    /// <summary>
    /// The words of <paramref name="text"/> (<see cref="Words"/>'s, the same scan) in a buffer of the calling thread, valid
    /// until the thread's next call: RG7002, the only reader of the words, reads each segment's once, so they are not kept
    /// on the segment (a list a segment was about 23 KB a record of the bench corpus, allocated and collected).
    /// </summary>
    internal static ReadOnlySpan<ProseWord> ScratchWords(string text)
    {
        var buffer = scratch ?? new ProseWord[256];
        int count = FindWords(text, ref buffer);
        scratch = buffer;
        return buffer.AsSpan(0, count);
    }

    /// <summary>
    /// The first ASCII digit not written right after an ASCII letter or digit, '_', '.', ':', '/', '-' or '–'; -1 if
    /// none. A time of day (<see cref="Text.TimeMentions"/>) and a three-digit time (RG5022) start at such a digit, so a
    /// text without one holds neither, and the search for them starts there. Found with vectorized searches (the digits,
    /// then the end of each run of digits), not character by character.
    /// </summary>
    public int FirstFreeDigit => firstFreeDigit == -2 ? firstFreeDigit = FindFirstFreeDigit(text) : firstFreeDigit;

    /// <summary>
    /// The first free digit (<see cref="FirstFreeDigit"/>) that may start a time of day as <see cref="Text.TimeMentions"/>
    /// reads it: a run of four digits not followed by ':' (<c>1615</c>), or of one or two followed by ':'
    /// (<c>9:05</c>); -1 if none. Its pattern starts only there (a digit before would be part of its start), so it is
    /// searched from this digit, or not at all: most free numbers of the prose are neither ("Resolution 22", "Action 1").
    /// </summary>
    internal int FirstTimeStart
    {
        get
        {
            int at = FirstFreeDigit;
            while (at >= 0)
            {
                int end = at + 1;
                while (end < text.Length && char.IsAsciiDigit(text[end]))
                {
                    end++;
                }

                bool colon = end < text.Length && text[end] == ':';
                if (end - at == 4 ? !colon : end - at <= 2 && colon)
                {
                    return at;
                }

                at = FindFreeDigit(text, end);
            }

            return -1;
        }
    }

    private static int FindFirstFreeDigit(string text) => FindFreeDigit(text, 0);

    /// <summary>The first free digit at or after <paramref name="from"/> (the character before it read as well).</summary>
    private static int FindFreeDigit(string text, int from)
    {
        var span = text.AsSpan();
        int i = from;
        while (true)
        {
            int digit = span[i..].IndexOfAnyInRange('0', '9');
            if (digit < 0)
            {
                return -1;
            }

            i += digit;
            if (i == 0 || !BindsDigit(text[i - 1]))
            {
                return i;
            }

            // The rest of the run follows a digit: bound too.
            int after = span[i..].IndexOfAnyExceptInRange('0', '9');
            if (after < 0)
            {
                return -1;
            }

            i += after;
        }
    }

    /// <summary>
    /// The words: letters and digits, with inner hyphens and apostrophes. ASCII characters are classed by a table (one
    /// load instead of <see cref="char.IsLetterOrDigit(char)"/>'s category lookup), every other by
    /// <see cref="char.IsLetterOrDigit(char)"/> as before; the same words as the former scan, kept in the tests as the
    /// oracle (<c>ProseTokensEquivalenceTests</c>).
    /// </summary>
    private static List<ProseWord> FindWords(string text)
    {
        var buffer = new ProseWord[(text.Length / 6) + 4];
        int count = FindWords(text, ref buffer);
        return [.. buffer.AsSpan(0, count)];
    }

    /// <summary>
    /// The words into <paramref name="buffer"/> from its start (replaced by a larger one when full); their number. The rest
    /// of a word is found with a vectorized search for the first character that is not an ASCII letter or digit
    /// (<see cref="AsciiWordChars"/>), then read there: a letter or digit beyond ASCII goes on, an inner hyphen or
    /// apostrophe goes on, anything else ends the word; the same words as the loop over every character it replaced.
    /// </summary>
    private static int FindWords(string text, ref ProseWord[] buffer)
    {
        int count = 0;
        var span = text.AsSpan();
        int i = 0;
        while (i < span.Length)
        {
            char c = span[i];
            if (!IsWordChar(c))
            {
                i++;
                continue;
            }

            int start = i;
            var kind = char.IsAsciiDigit(c) ? ProseWordKind.Number
                : char.IsAsciiLetterUpper(c) ? ProseWordKind.Capitalised
                : char.IsAsciiLetterLower(c) || char.IsLower(c) || (char.IsLetter(c) && !char.IsUpper(c)) ? ProseWordKind.Word
                : ProseWordKind.Other;
            i++;
            while (i < span.Length)
            {
                int stop = span[i..].IndexOfAnyExcept(AsciiWordChars);
                if (stop < 0)
                {
                    i = span.Length;
                    break;
                }

                i += stop;
                char next = span[i];
                if (next >= 128 && char.IsLetterOrDigit(next))
                {
                    i++;
                    continue;
                }

                if (next is '-' or '\u2011' or '\'' or '’' && i + 1 < span.Length && IsWordChar(span[i + 1]))
                {
                    i += 2;
                    continue;
                }

                break;
            }

            if (count == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            buffer[count++] = new ProseWord(start, i, kind);
        }

        return count;
    }

    /// <summary><see cref="char.IsLetterOrDigit(char)"/>, with ASCII read from a table.</summary>
    private static bool IsWordChar(char c) => c < 128 ? AsciiLetterOrDigit[c] : char.IsLetterOrDigit(c);

    /// <summary>A character that a digit right after it belongs to (or that makes the digit no time of day).</summary>
    private static bool BindsDigit(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or ':' or '/' or '-' or '\u2013';
}
