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

    private static readonly HashSet<string> Articles = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an" };

    private static readonly HashSet<string> Grammatical = new(StringComparer.OrdinalIgnoreCase) { "that", "had" };

    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [ReadinessDescriptors.RepeatedWords];

    public void Analyze(RecordContext context)
    {
        foreach (var segment in context.Prose)
        {
            string text = segment.Text;
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
