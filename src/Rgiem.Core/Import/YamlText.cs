using System.Globalization;
using System.Text;

namespace Rgiem.Core.Import;

/// <summary>Scalars of the front matter <c>rgiem import</c> writes: plain when YAML reads them back as the same string, double-quoted otherwise.</summary>
internal static class YamlText
{
    public static string Scalar(string text)
    {
        if (IsPlain(text))
        {
            return text;
        }

        return DoubleQuoted(text);
    }

    /// <summary>A YAML double-quoted scalar (also the registry export's every value).</summary>
    public static string DoubleQuoted(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (char c in text)
        {
            switch (c)
            {
                case '"':
                    quoted.Append("\\\"");
                    break;
                case '\\':
                    quoted.Append("\\\\");
                    break;
                case '\n':
                    quoted.Append("\\n");
                    break;
                case '\t':
                    quoted.Append("\\t");
                    break;
                case < ' ':
                    quoted.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}");
                    break;
                default:
                    quoted.Append(c);
                    break;
            }
        }

        return quoted.Append('"').ToString();
    }

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A flow sequence <c>[a, b]</c>.</summary>
    public static string Sequence(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(FlowScalar)) + "]";

    private static string FlowScalar(string text) =>
        text.IndexOfAny([',', '[', ']', '{', '}']) >= 0 ? Quoted(text) : Scalar(text);

    private static string Quoted(string text) => IsPlain(text) ? "\"" + text + "\"" : Scalar(text);

    private static bool IsPlain(string text)
    {
        if (text.Length == 0 || text != text.Trim() || text.Any(c => c < ' ' || c == '\u2028' || c == '\u2029'))
        {
            return false;
        }

        if ("-?:,[]{}#&*!|>'\"%@`".Contains(text[0], StringComparison.Ordinal))
        {
            return false;
        }

        if (text.Contains(": ", StringComparison.Ordinal) || text.Contains(" #", StringComparison.Ordinal) || text.EndsWith(':'))
        {
            return false;
        }

        // Words YAML reads as something else than a string: booleans, null, numbers, dates.
        string lower = text.ToLowerInvariant();
        if (lower is "true" or "false" or "yes" or "no" or "on" or "off" or "null" or "~" or "y" or "n")
        {
            return false;
        }

        return !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            && !text.All(c => char.IsAsciiDigit(c) || c is '-' or ':' or '.' or '_' or '+');
    }
}
