using System.Globalization;

namespace Rgiem.Core.Delta;

/// <summary>
/// Splits text into the units a word-level diff works on: words (letters, digits and the marks that combine
/// with them, so Arabic and Russian words stay whole), runs of white space, and single other characters
/// (punctuation). Scripts written without spaces (Chinese, Japanese, Korean) are split into single characters.
/// Joining the tokens gives back the text exactly.
/// </summary>
public static class WordTokenizer
{
    public static List<string> Split(string text)
    {
        var tokens = new List<string>();
        int i = 0;
        while (i < text.Length)
        {
            int start = i;
            var kind = KindOf(text, i);
            i += CharLength(text, i);
            if (kind is CharKind.Word or CharKind.Space)
            {
                while (i < text.Length && KindOf(text, i) == kind)
                {
                    i += CharLength(text, i);
                }
            }

            tokens.Add(text[start..i]);
        }

        return tokens;
    }

    /// <summary>True when a token is white space only (it does not count towards similarity).</summary>
    public static bool IsSpace(string token) => token.Length > 0 && char.IsWhiteSpace(token[0]);

    private static int CharLength(string text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;

    private static CharKind KindOf(string text, int i)
    {
        char c = text[i];
        if (char.IsWhiteSpace(c))
        {
            return CharKind.Space;
        }

        int code = CodePoint(text, i);
        if (IsIdeographic(code))
        {
            return CharKind.Single;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(code);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format
            ? CharKind.Word
            : CharKind.Single;
    }

    private static bool IsIdeographic(int code) =>
        code is (>= 0x2E80 and <= 0x9FFF) or (>= 0xAC00 and <= 0xD7AF) or (>= 0xF900 and <= 0xFAFF)
            or (>= 0xFF00 and <= 0xFFEF) or (>= 0x20000 and <= 0x3FFFF);

    private static int CodePoint(string text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
            ? char.ConvertToUtf32(text[i], text[i + 1])
            : text[i];

    private enum CharKind
    {
        Word,
        Space,
        Single,
    }
}
