using System.Text;

namespace Rgiem.Core.Delta;

/// <summary>
/// The delta of two Markdown texts as CriticMarkup, for review in a pull request: blocks (separated by blank
/// lines) are matched as <c>rgiem delta</c> matches them, similar blocks are diffed word by word, and every
/// change is written <c>{--deleted--}</c> or <c>{++inserted++}</c>. Unchanged text is copied as it is.
/// </summary>
public static class CriticMarkup
{
    public static string Write(string oldText, string newText)
    {
        var oldBlocks = Blocks(oldText);
        var newBlocks = Blocks(newText);
        var oldBags = oldBlocks.Select(b => new WordBag(WordTokenizer.Split(b))).ToArray();
        var newBags = newBlocks.Select(b => new WordBag(WordTokenizer.Split(b))).ToArray();
        var edits = SequenceDiff.Compute(
            oldBlocks.Count,
            newBlocks.Count,
            (i, j) => oldBlocks[i] == newBlocks[j] || oldBags[i].IsSimilar(newBags[j]));

        var output = new List<string>();
        foreach (var edit in edits)
        {
            output.Add(edit.Operation switch
            {
                DiffOperation.Delete => "{--" + oldBlocks[edit.OldIndex] + "--}",
                DiffOperation.Insert => "{++" + newBlocks[edit.NewIndex] + "++}",
                _ => oldBlocks[edit.OldIndex] == newBlocks[edit.NewIndex]
                    ? newBlocks[edit.NewIndex]
                    : Words(oldBlocks[edit.OldIndex], newBlocks[edit.NewIndex]),
            });
        }

        return output.Count == 0 ? string.Empty : string.Join("\n\n", output) + "\n";
    }

    /// <summary>The word-level delta of two blocks.</summary>
    public static string Words(string oldText, string newText)
    {
        var oldTokens = WordTokenizer.Split(oldText);
        var newTokens = WordTokenizer.Split(newText);
        var edits = DiffCleanup.MergeAcrossSpaces(
            SequenceDiff.Compute(oldTokens.Count, newTokens.Count, (i, j) => string.Equals(oldTokens[i], newTokens[j], StringComparison.Ordinal)),
            i => oldTokens[i] == " ");
        var builder = new StringBuilder();
        var pending = DiffOperation.Equal;
        foreach (var edit in edits)
        {
            if (edit.Operation != pending)
            {
                Close(builder, pending);
                builder.Append(edit.Operation switch
                {
                    DiffOperation.Delete => "{--",
                    DiffOperation.Insert => "{++",
                    _ => string.Empty,
                });
                pending = edit.Operation;
            }

            builder.Append(edit.Operation == DiffOperation.Delete ? oldTokens[edit.OldIndex] : newTokens[edit.NewIndex]);
        }

        Close(builder, pending);
        return builder.ToString();
    }

    private static void Close(StringBuilder builder, DiffOperation operation) =>
        builder.Append(operation switch
        {
            DiffOperation.Delete => "--}",
            DiffOperation.Insert => "++}",
            _ => string.Empty,
        });

    /// <summary>The blocks of a text: runs of non-blank lines.</summary>
    private static List<string> Blocks(string text)
    {
        var blocks = new List<string>();
        var current = new List<string>();
        foreach (string line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.Trim().Length == 0)
            {
                if (current.Count > 0)
                {
                    blocks.Add(string.Join("\n", current));
                    current.Clear();
                }
            }
            else
            {
                current.Add(line.TrimEnd());
            }
        }

        if (current.Count > 0)
        {
            blocks.Add(string.Join("\n", current));
        }

        return blocks;
    }
}
