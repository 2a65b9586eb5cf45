using System.Buffers;
using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Validation.Rules.Readiness;

/// <summary>
/// RG7002: a word or a phrase of up to <see cref="MaxPhraseWords"/> words written twice in a row, separated
/// only by spaces ("the the", "the report of the report of"). Case is ignored; punctuation between the two
/// breaks the repetition ("Yes. Yes"). "that that" and "had had", which are grammatical, are not reported.
/// The words are <see cref="ProseTokens.Words"/>', read into a buffer of the thread (<see cref="ProseTokens.ScratchWords"/>).
/// </summary>
internal sealed class RepeatedWordsRule : IRecordRule
{
    private const int MaxPhraseWords = 4;

    private static readonly SearchValues<char> NotLetters = SearchValues.Create("0123456789-\u2011'’");

    /// <summary><see cref="char.IsLetterOrDigit(char)"/> of each ASCII character.</summary>
    private static readonly bool[] AsciiLetterOrDigit = [.. Enumerable.Range(0, 128).Select(c => char.IsLetterOrDigit((char)c))];

    private static readonly HashSet<string> Articles = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an" };

    private static readonly HashSet<string> Grammatical = new(StringComparer.OrdinalIgnoreCase) { "that", "had" };

    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [ReadinessDescriptors.RepeatedWords];

    public void Analyze(RecordContext context)
    {
        foreach (var segment in context.Prose)
        {
            string text = segment.Text;
            if (!MayRepeat(text))
            {
                // No phrase of this text is written twice in a row: its words are not read (most segments).
                continue;
            }

            var words = ProseTokens.ScratchWords(text);
            int i = 0;
            while (i < words.Length)
            {
                int length = RepeatAt(text, words, i);
                if (length == 0)
                {
                    i++;
                    continue;
                }

                i = PreferredRotation(text, words, i, length);
                int start = words[i].Start;
                int end = words[i + (2 * length) - 1].End;
                string phrase = text[start..words[i + length - 1].End];
                if (ReadinessReporting.Locate(context, segment, start, end - start) is { } location)
                {
                    ReadinessReporting.Report(context, ReadinessDescriptors.RepeatedWords, location, phrase);
                }

                i += 2 * length;
            }
        }
    }

    /// <summary>
    /// Whether some phrase of <paramref name="text"/> may be repeated right after itself: false only when none is, so the
    /// rule reads the words of a text only when this says true. One pass over the characters, without storing the words: the
    /// words are <see cref="ProseTokens"/>' (letters and digits, inner hyphens and apostrophes), and each is compared with
    /// the four before it by its length and its first letter, the first tests of <see cref="IsRepeat"/>. A phrase of
    /// <c>n</c> words repeated needs <c>n</c> words in a row, each like the word <c>n</c> before it, with only spaces
    /// between them all; a run of as many such words at some distance from 1 to <see cref="MaxPhraseWords"/> is the only
    /// thing that answers true. The full reading stays the judge (<c>RepeatedWordsEquivalenceTests</c> hold that every text
    /// it finds a repeat in passes).
    /// </summary>
    internal static bool MayRepeat(string text)
    {
        var span = text.AsSpan();
        int n = span.Length;

        // The last four words' lengths and folded first letters (0: none), the nearest first.
        int len1 = 0, len2 = 0, len3 = 0, len4 = 0;
        int key1 = 0, key2 = 0, key3 = 0, key4 = 0;

        // How many words before this one are joined to it by spaces only (at most four), and the runs of words alike at each distance.
        int joined = 0;
        int run1 = 0, run2 = 0, run3 = 0, run4 = 0;
        int previousEnd = -1;
        int i = 0;
        while (i < n)
        {
            char c = span[i];
            if (c < 128 ? !AsciiLetterOrDigit[c] : !char.IsLetterOrDigit(c))
            {
                i++;
                continue;
            }

            int start = i;
            i++;
            while (i < n)
            {
                char next = span[i];
                if (next < 128)
                {
                    if (AsciiLetterOrDigit[next])
                    {
                        i++;
                        continue;
                    }

                    if (next is '-' or '\'' && i + 1 < n && IsWordChar(span[i + 1]))
                    {
                        i += 2;
                        continue;
                    }

                    break;
                }

                if (char.IsLetterOrDigit(next))
                {
                    i++;
                    continue;
                }

                if (next is '\u2011' or '’' && i + 1 < n && IsWordChar(span[i + 1]))
                {
                    i += 2;
                    continue;
                }

                break;
            }

            joined = previousEnd >= 0 && OnlySpaces(span[previousEnd..start]) ? Math.Min(joined + 1, MaxPhraseWords) : 0;
            previousEnd = i;
            int length = i - start;

            // The first letter as AsciiDiffer compares it: an ASCII letter in either case alike, an ASCII digit as itself,
            // anything beyond ASCII (-1) like every first letter.
            int key = c >= 128 ? -1 : char.IsAsciiLetter(c) ? c | 0x20 : c;
            run1 = joined >= 1 && Alike(length, key, len1, key1) ? run1 + 1 : 0;
            run2 = joined >= 2 && Alike(length, key, len2, key2) ? run2 + 1 : 0;
            run3 = joined >= 3 && Alike(length, key, len3, key3) ? run3 + 1 : 0;
            run4 = joined >= 4 && Alike(length, key, len4, key4) ? run4 + 1 : 0;
            if (run1 >= 1 || run2 >= 2 || run3 >= 3 || run4 >= 4)
            {
                return true;
            }

            len4 = len3;
            key4 = key3;
            len3 = len2;
            key3 = key2;
            len2 = len1;
            key2 = key1;
            len1 = length;
            key1 = key;
        }

        return false;
    }

    /// <summary>Whether the full reading (the words, then <see cref="RepeatAt"/> at each) finds a repeat in <paramref name="text"/>: the tests' judge of <see cref="MayRepeat"/>.</summary>
    internal static bool FindsRepeat(string text)
    {
        var words = ProseTokens.ScratchWords(text);
        for (int i = 0; i < words.Length; i++)
        {
            if (RepeatAt(text, words, i) > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Alike(int length, int key, int otherLength, int otherKey) =>
        length == otherLength && (key == otherKey || key < 0 || otherKey < 0);

    /// <summary><see cref="char.IsLetterOrDigit(char)"/>, with ASCII read from a table (<see cref="ProseTokens"/>' word characters).</summary>
    private static bool IsWordChar(char c) => c < 128 ? AsciiLetterOrDigit[c] : char.IsLetterOrDigit(c);

    /// <summary>
    /// "of the report of the report of" repeats "of the report", "the report of" and "report of the": the
    /// same slip, read from different words. Prefer the reading that starts with an article, as people write it.
    /// </summary>
    private static int PreferredRotation(string text, ReadOnlySpan<ProseWord> words, int i, int length)
    {
        for (int shift = 0; shift < length && i + shift + (2 * length) <= words.Length; shift++)
        {
            int at = i + shift;
            if (shift > 0 && !IsRepeat(text, words, at, length))
            {
                break;
            }

            if (Articles.Contains(text[words[at].Start..words[at].End]))
            {
                return at;
            }
        }

        return i;
    }

    /// <summary>The number of words of the longest phrase at <paramref name="i"/> that is repeated right after itself, or 0.</summary>
    private static int RepeatAt(string text, ReadOnlySpan<ProseWord> words, int i)
    {
        var first = words[i];
        int firstLength = first.End - first.Start;
        char firstChar = text[first.Start];
        for (int length = Math.Min(MaxPhraseWords, (words.Length - i) / 2); length >= 1; length--)
        {
            // IsRepeat's first test, made here without its call: most words are not followed by their twin.
            var second = words[i + length];
            if (second.End - second.Start != firstLength || AsciiDiffer(firstChar, text[second.Start]))
            {
                continue;
            }

            if (IsRepeat(text, words, i, length))
            {
                return length;
            }
        }

        return 0;
    }

    private static bool IsRepeat(string text, ReadOnlySpan<ProseWord> words, int i, int length)
    {
        bool hasLetter = false;
        for (int j = 0; j < length; j++)
        {
            var first = words[i + j];
            var second = words[i + length + j];
            if (first.End - first.Start != second.End - second.Start)
            {
                // Most words are not repeated: words of other lengths cannot be equal, whatever their case.
                return false;
            }

            // Two ASCII first letters that differ other than in case: not equal, without the comparison's call.
            if (AsciiDiffer(text[first.Start], text[second.Start]))
            {
                return false;
            }

            var a = text.AsSpan(first.Start, first.End - first.Start);
            var b = text.AsSpan(second.Start, second.End - second.Start);
            if (!a.Equals(b, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            hasLetter |= a.ContainsAnyExcept(NotLetters);
        }

        for (int j = i; j < i + (2 * length) - 1; j++)
        {
            if (!OnlySpaces(text.AsSpan(words[j].End, words[j + 1].Start - words[j].End)))
            {
                return false;
            }
        }

        if (length == 1)
        {
            string single = text[words[i].Start..words[i].End];
            char next = text[words[i + 1].Start];

            // "that that" is grammatical; "A A" and "B B" are labels (Annex B, Option A), "a a" is a typo.
            if (Grammatical.Contains(single) || (single.Length == 1 && char.IsUpper(single[0]) && char.IsUpper(next)))
            {
                return false;
            }
        }

        return hasLetter;
    }

    /// <summary>
    /// True when <paramref name="x"/> and <paramref name="y"/> are ASCII and differ other than in case, so that no two
    /// strings starting with them are equal with <see cref="StringComparison.OrdinalIgnoreCase"/> (a test holds it for every pair).
    /// </summary>
    internal static bool AsciiDiffer(char x, char y) =>
        x != y && char.IsAscii(x) && char.IsAscii(y) && (!char.IsAsciiLetter(x) || (x | 0x20) != (y | 0x20));

    private static bool OnlySpaces(ReadOnlySpan<char> separator)
    {
        if (separator.IsEmpty)
        {
            return false;
        }

        foreach (char c in separator)
        {
            if (c is not (' ' or '\t' or '\u00A0'))
            {
                return false;
            }
        }

        return true;
    }
}
