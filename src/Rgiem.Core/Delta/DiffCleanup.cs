namespace Rgiem.Core.Delta;

/// <summary>
/// Makes a word-level edit script easier to read: a single unchanged space between two changes becomes part of
/// both (deleted and inserted again), so that "(text in force)" → "(proposed revision)" reads as one deletion
/// and one insertion rather than two of each. Both texts are still given exactly by the script.
/// </summary>
public static class DiffCleanup
{
    public static IReadOnlyList<DiffEdit> MergeAcrossSpaces(IReadOnlyList<DiffEdit> edits, Func<int, bool> isSpaceInOld)
    {
        var result = new List<DiffEdit>(edits.Count);
        var deletes = new List<DiffEdit>();
        var inserts = new List<DiffEdit>();
        bool changed = false;
        for (int i = 0; i < edits.Count; i++)
        {
            var edit = edits[i];
            if (edit.Operation == DiffOperation.Equal)
            {
                bool lone = changed
                    && i + 1 < edits.Count && edits[i + 1].Operation != DiffOperation.Equal
                    && isSpaceInOld(edit.OldIndex);
                if (lone)
                {
                    deletes.Add(new DiffEdit(DiffOperation.Delete, edit.OldIndex, -1));
                    inserts.Add(new DiffEdit(DiffOperation.Insert, -1, edit.NewIndex));
                    continue;
                }

                result.AddRange(deletes);
                result.AddRange(inserts);
                deletes.Clear();
                inserts.Clear();
                changed = false;
                result.Add(edit);
                continue;
            }

            (edit.Operation == DiffOperation.Delete ? deletes : inserts).Add(edit);
            changed = true;
        }

        result.AddRange(deletes);
        result.AddRange(inserts);
        return result;
    }
}
