namespace Rgiem.Core.Delta;

/// <summary>What a step of a diff does: keeps an item of both sequences, deletes one of the old or inserts one of the new.</summary>
public enum DiffOperation
{
    Equal,
    Delete,
    Insert,
}
