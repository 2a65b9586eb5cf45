namespace Rgiem.Core.Delta;

/// <summary>
/// One step of a diff. <see cref="OldIndex"/> is set for <see cref="DiffOperation.Equal"/> and
/// <see cref="DiffOperation.Delete"/>, <see cref="NewIndex"/> for <see cref="DiffOperation.Equal"/> and
/// <see cref="DiffOperation.Insert"/>; the other is -1.
/// </summary>
public readonly record struct DiffEdit(DiffOperation Operation, int OldIndex, int NewIndex);
