namespace Rgiem.Core.Validation;

/// <summary>
/// One pass over a <see cref="ProseSegment"/>'s text, shared by the prose rules instead of each scanning the text again:
/// its words (<see cref="ProseWord"/>, as RG7002 reads them) and where the first digit that may start a time of day
/// stands (<see cref="FirstFreeDigit"/>). Computed once per segment, on first use (<see cref="ProseSegment.Tokens"/>;
/// <see cref="RecordContext.Tokens"/> for a whole record).
/// </summary>
public sealed class ProseTokens
{
    private readonly List<ProseWord> words;

    internal ProseTokens(string text)
    {
        words = [];
        FirstFreeDigit = -1;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (FirstFreeDigit < 0 && char.IsAsciiDigit(c) && (i == 0 || !BindsDigit(text[i - 1])))
            {
                FirstFreeDigit = i;
            }

            if (!char.IsLetterOrDigit(c))
            {
                i++;
                continue;
            }

            int start = i;
            var kind = char.IsAsciiDigit(c) ? ProseWordKind.Number
                : char.IsAsciiLetterUpper(c) ? ProseWordKind.Capitalised
                : char.IsLower(c) || (char.IsLetter(c) && !char.IsUpper(c)) ? ProseWordKind.Word
                : ProseWordKind.Other;
            i++;
            while (i < text.Length)
            {
                char next = text[i];
                if (char.IsLetterOrDigit(next))
                {
                    // Inside a word a digit follows a letter or a digit: it never starts a time.
                    i++;
                    continue;
                }

                if (next is '-' or '\u2011' or '\'' or '’' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
                {
                    // After an apostrophe or a no-break hyphen a digit may start a time ("'1600 hours"): a hyphen binds it.
                    if (FirstFreeDigit < 0 && next is '\u2011' or '\'' or '’' && char.IsAsciiDigit(text[i + 1]))
                    {
                        FirstFreeDigit = i + 1;
                    }

                    i += 2;
                    continue;
                }

                break;
            }

            words.Add(new ProseWord(start, i, kind));
        }
    }

    /// <summary>The words of the text, in order: letters and digits, with inner hyphens and apostrophes ("ITU-T", "TSAG's").</summary>
    public IReadOnlyList<ProseWord> Words => words;

    /// <summary>
    /// The first ASCII digit not written right after an ASCII letter or digit, '_', '.', ':', '/', '-' or '–'; -1 if
    /// none. A time of day (<see cref="Text.TimeMentions"/>) and a three-digit time (RG5022) start at such a digit, so a
    /// text without one holds neither, and the search for them starts there.
    /// </summary>
    public int FirstFreeDigit { get; }

    /// <summary>A character that a digit right after it belongs to (or that makes the digit no time of day).</summary>
    private static bool BindsDigit(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or ':' or '/' or '-' or '\u2013';
}
