namespace Rgiem.Core.Delta;

/// <summary>
/// The shortest edit script between two sequences (Myers' O((N+M)D) algorithm, after the common prefix and
/// suffix are taken off). Items are compared by index through a predicate, so blocks can match when they are
/// merely similar. Deletions come before insertions in each changed stretch. When the two sequences differ by
/// more than <see cref="MaxEdits"/> edits, the differing middle is given as deleted and inserted whole.
/// </summary>
public static class SequenceDiff
{
    /// <summary>The largest number of edits searched for; beyond it the middle is replaced whole (bounded time and memory).</summary>
    public const int MaxEdits = 3000;

    public static IReadOnlyList<DiffEdit> Compute(int oldCount, int newCount, Func<int, int, bool> equal)
    {
        var edits = new List<DiffEdit>(Math.Max(oldCount, newCount));
        int prefix = 0;
        while (prefix < oldCount && prefix < newCount && equal(prefix, prefix))
        {
            prefix++;
        }

        int suffix = 0;
        while (suffix < oldCount - prefix && suffix < newCount - prefix && equal(oldCount - 1 - suffix, newCount - 1 - suffix))
        {
            suffix++;
        }

        for (int i = 0; i < prefix; i++)
        {
            edits.Add(new DiffEdit(DiffOperation.Equal, i, i));
        }

        Middle(prefix, oldCount - suffix, prefix, newCount - suffix, equal, edits);

        for (int i = 0; i < suffix; i++)
        {
            edits.Add(new DiffEdit(DiffOperation.Equal, oldCount - suffix + i, newCount - suffix + i));
        }

        return Normalize(edits);
    }

    private static void Middle(int oldStart, int oldEnd, int newStart, int newEnd, Func<int, int, bool> equal, List<DiffEdit> edits)
    {
        int n = oldEnd - oldStart;
        int m = newEnd - newStart;
        if (n == 0 || m == 0)
        {
            Replace(oldStart, oldEnd, newStart, newEnd, edits);
            return;
        }

        int max = Math.Min(n + m, MaxEdits);
        int offset = max + 1;
        var v = new int[(2 * max) + 3];
        var trace = new List<int[]>();
        int found = -1;
        for (int d = 0; d <= max && found < 0; d++)
        {
            // Only the diagonals the walk back can read: -d-1 .. d+1.
            trace.Add(v[(offset - d - 1)..(offset + d + 2)]);
            for (int k = -d; k <= d; k += 2)
            {
                int x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])
                    ? v[offset + k + 1]
                    : v[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && equal(oldStart + x, newStart + y))
                {
                    x++;
                    y++;
                }

                v[offset + k] = x;
                if (x >= n && y >= m)
                {
                    found = d;
                    break;
                }
            }
        }

        if (found < 0)
        {
            Replace(oldStart, oldEnd, newStart, newEnd, edits);
            return;
        }

        // Walk back through the saved frontiers.
        var reversed = new List<DiffEdit>();
        int cx = n;
        int cy = m;
        for (int d = found; d > 0; d--)
        {
            var previous = trace[d];
            int at = d + 1; // index of diagonal 0 in the saved slice
            int k = cx - cy;
            bool down = k == -d || (k != d && previous[at + k - 1] < previous[at + k + 1]);
            int prevK = down ? k + 1 : k - 1;
            int prevX = previous[at + prevK];
            int prevY = prevX - prevK;
            while (cx > prevX && cy > prevY && cx > (down ? prevX : prevX + 1))
            {
                cx--;
                cy--;
                reversed.Add(new DiffEdit(DiffOperation.Equal, oldStart + cx, newStart + cy));
            }

            if (down)
            {
                cy--;
                reversed.Add(new DiffEdit(DiffOperation.Insert, -1, newStart + cy));
            }
            else
            {
                cx--;
                reversed.Add(new DiffEdit(DiffOperation.Delete, oldStart + cx, -1));
            }
        }

        while (cx > 0 && cy > 0)
        {
            cx--;
            cy--;
            reversed.Add(new DiffEdit(DiffOperation.Equal, oldStart + cx, newStart + cy));
        }

        reversed.Reverse();
        edits.AddRange(reversed);
    }

    private static void Replace(int oldStart, int oldEnd, int newStart, int newEnd, List<DiffEdit> edits)
    {
        for (int i = oldStart; i < oldEnd; i++)
        {
            edits.Add(new DiffEdit(DiffOperation.Delete, i, -1));
        }

        for (int j = newStart; j < newEnd; j++)
        {
            edits.Add(new DiffEdit(DiffOperation.Insert, -1, j));
        }
    }

    /// <summary>In each stretch between equal items, the deletions first, then the insertions.</summary>
    private static List<DiffEdit> Normalize(List<DiffEdit> edits)
    {
        var result = new List<DiffEdit>(edits.Count);
        var inserts = new List<DiffEdit>();
        foreach (var edit in edits)
        {
            switch (edit.Operation)
            {
                case DiffOperation.Insert:
                    inserts.Add(edit);
                    break;
                case DiffOperation.Delete:
                    result.Add(edit);
                    break;
                default:
                    result.AddRange(inserts);
                    inserts.Clear();
                    result.Add(edit);
                    break;
            }
        }

        result.AddRange(inserts);
        return result;
    }
}
