using System.Globalization;
using System.Text;

namespace Rgiem.Core.Text;

/// <summary>
/// Makes text from an input safe to print on a terminal or in a log: every control character (C0 but
/// nothing else, DEL, C1), the line and paragraph separators and the bidirectional controls (the "Trojan
/// Source" characters, CVE-2021-42574) are shown as <c>\xHH</c> or <c>\uHHHH</c>. An escape sequence in a
/// record (ESC ] 0 ; title BEL, ESC [ 2 J, a colour) then reads as text instead of acting on the terminal.
/// </summary>
public static class ControlCharacters
{
    /// <summary>Whether <paramref name="c"/> is shown escaped.</summary>
    public static bool IsUnsafe(char c) =>
        c < 0x20 || (c >= 0x7F && c <= 0x9F) || c is '\u061C' or '\u200E' or '\u200F' or '\u2028' or '\u2029'
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');

    /// <summary><paramref name="text"/> with every unsafe character escaped; the same string when there is none.</summary>
    public static string Escape(string text)
    {
        int first = IndexOfUnsafe(text);
        if (first < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            if (!IsUnsafe(c))
            {
                escaped.Append(c);
            }
            else if (c <= 0xFF)
            {
                escaped.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}");
            }
            else
            {
                escaped.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
        }

        return escaped.ToString();
    }

    private static int IndexOfUnsafe(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (IsUnsafe(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
