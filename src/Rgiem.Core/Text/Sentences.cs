namespace Rgiem.Core.Text;

/// <summary>Sentence boundaries in prose, found cheaply: a full stop, question or exclamation mark followed by a space and a capital or a digit.</summary>
public static class Sentences
{
    /// <summary>True when no sentence ends between offsets <paramref name="from"/> and <paramref name="to"/> of <paramref name="text"/>.</summary>
    public static bool Same(string text, int from, int to)
    {
        int start = Math.Clamp(Math.Min(from, to), 0, text.Length);
        int end = Math.Clamp(Math.Max(from, to), 0, text.Length);
        for (int i = start; i < end - 1; i++)
        {
            if (text[i] is '.' or '!' or '?' && char.IsWhiteSpace(text[i + 1]))
            {
                int next = i + 1;
                while (next < text.Length && char.IsWhiteSpace(text[next]))
                {
                    next++;
                }

                if (next <= end && next < text.Length && (char.IsUpper(text[next]) || char.IsAsciiDigit(text[next])))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
