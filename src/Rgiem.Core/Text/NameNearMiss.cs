namespace Rgiem.Core.Text;

/// <summary>
/// Whether a word written in a record is a slip of one of the record's own names (<c>RG-IME</c> for RG-IEM). Group
/// names are short acronyms, and many real ones lie one letter apart (RG-SC and RG-SS, FG-AI4H and FG-AI4A, TSAG and
/// TDAG), so only the slips that do not make another plausible name count: two adjacent letters swapped, the
/// hyphen dropped or replaced by a space or a dash, the same letters in other case, and one letter added, dropped
/// or changed inside a part of five letters or more. Names whose digits differ (SG12 and SG13, WP2 and WP3) are
/// always different groups.
/// </summary>
public static class NameNearMiss
{
    /// <summary>A part of a name this long or longer may have one letter added, dropped or changed.</summary>
    private const int LongPart = 5;

    public static bool IsNearMiss(string written, string name)
    {
        if (string.Equals(written, name, StringComparison.Ordinal) || written.Length < 3 || name.Length < 3
            || Math.Abs(written.Length - name.Length) > 1)
        {
            return false;
        }

        // The dashes below change no digit: names whose digits differ are refused before the copies are made.
        if (!SameDigits(written, name))
        {
            return false;
        }

        string a = Dashes(written);
        string b = Dashes(name);

        if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase)
            || string.Equals(a.Replace("-", string.Empty, StringComparison.Ordinal), b.Replace("-", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal))
        {
            return true;
        }

        if (a.Length == b.Length && IsTransposition(a, b))
        {
            return true;
        }

        return Suggestions.Distance(a, b, 1) == 1 && PartAt(b, FirstDifference(a, b)) >= LongPart;
    }

    private static string Dashes(string text) =>
        text.Replace('\u2011', '-').Replace('\u2010', '-').Replace('\u2013', '-').Replace(' ', '-').Replace('\u00A0', '-');

    /// <summary>True when the ASCII digits of the two strings, read in order, are the same (without building them).</summary>
    private static bool SameDigits(string a, string b)
    {
        int i = 0;
        int j = 0;
        while (true)
        {
            while (i < a.Length && !char.IsAsciiDigit(a[i]))
            {
                i++;
            }

            while (j < b.Length && !char.IsAsciiDigit(b[j]))
            {
                j++;
            }

            if (i == a.Length || j == b.Length)
            {
                return i == a.Length && j == b.Length;
            }

            if (a[i++] != b[j++])
            {
                return false;
            }
        }
    }

    /// <summary>True when <paramref name="a"/> is <paramref name="b"/> with two adjacent letters swapped.</summary>
    private static bool IsTransposition(string a, string b)
    {
        int first = FirstDifference(a, b);
        return first + 1 < a.Length
            && char.IsLetter(a[first]) && char.IsLetter(a[first + 1])
            && a[first] == b[first + 1] && a[first + 1] == b[first]
            && string.CompareOrdinal(a, first + 2, b, first + 2, a.Length - first - 2) == 0;
    }

    private static int FirstDifference(string a, string b)
    {
        int i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        return i;
    }

    /// <summary>The length of the hyphen-separated part of <paramref name="name"/> that holds offset <paramref name="index"/>.</summary>
    private static int PartAt(string name, int index)
    {
        index = Math.Clamp(index, 0, name.Length - 1);
        int start = name.LastIndexOf('-', index) + 1;
        int end = name.IndexOf('-', index);
        return (end < 0 ? name.Length : end) - start;
    }
}
