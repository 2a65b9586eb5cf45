using System.Text;

namespace Rgiem.Docx.Writers;

/// <summary>Removes characters XML 1.0 cannot hold (control characters, lone surrogates, U+FFFE/U+FFFF).</summary>
internal static class XmlText
{
    public static string Clean(string text)
    {
        int i = 0;
        while (i < text.Length && IsAllowed(text, i, out int width))
        {
            i += width;
        }

        if (i == text.Length)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, i);
        while (i < text.Length)
        {
            if (IsAllowed(text, i, out int width))
            {
                builder.Append(text, i, width);
            }

            i += width;
        }

        return builder.ToString();
    }

    private static bool IsAllowed(string text, int i, out int width)
    {
        char c = text[i];
        width = 1;
        if (char.IsHighSurrogate(c))
        {
            if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                width = 2;
                return true;
            }

            return false;
        }

        if (char.IsLowSurrogate(c))
        {
            return false;
        }

        return c is '\t' or '\n' or '\r' || (c >= 0x20 && c != '\uFFFE' && c != '\uFFFF');
    }
}
