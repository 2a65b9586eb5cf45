using System.Text;

namespace Rgiem.Core.Fixing;

/// <summary>Applies non-overlapping edits to a text.</summary>
public static class TextEdits
{
    public static string Apply(string text, IEnumerable<TextEdit> edits)
    {
        var ordered = edits.OrderBy(e => e.Start).ToList();
        var builder = new StringBuilder(text.Length);
        int position = 0;
        foreach (var edit in ordered)
        {
            if (edit.Start < position)
            {
                throw new ArgumentException($"Overlapping edits at offset {edit.Start}.", nameof(edits));
            }

            builder.Append(text, position, edit.Start - position);
            builder.Append(edit.Replacement);
            position = edit.Start + edit.Length;
        }

        builder.Append(text, position, text.Length - position);
        return builder.ToString();
    }
}
