using System.Text;

namespace Rgiem.Core.Text;

/// <summary>
/// Normalises prose for comparison: white space runs (tabs, NBSP, line breaks) become one space, the
/// non-breaking hyphen and en/em dashes become '-', curly quotes become straight ones, ends are trimmed.
/// </summary>
public static class ProseNormalizer
{
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        bool space = false;
        Append(builder, text, ref space);
        return builder.ToString();
    }

    /// <summary>
    /// Appends <paramref name="text"/> normalised to <paramref name="builder"/>, which holds the normalised text so far (empty
    /// at the start); <paramref name="space"/> carries a pending space from one call to the next (false at the start).
    /// Calls on the pieces of a text append what <see cref="Normalize"/> gives for the whole, piece after piece.
    /// </summary>
    public static void Append(StringBuilder builder, string text, ref bool space)
    {
        foreach (char c in text)
        {
            char mapped = c switch
            {
                '\u00A0' or '\u2007' or '\u202F' or '\t' or '\n' or '\r' => ' ',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
                '\u2018' or '\u2019' or '\u201B' => '\'',
                '\u201C' or '\u201D' or '\u201F' => '"',
                _ => c,
            };
            if (mapped == ' ')
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(mapped);
        }
    }
}
