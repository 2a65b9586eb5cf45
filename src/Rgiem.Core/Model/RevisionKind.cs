namespace Rgiem.Core.Model;

/// <summary>What a tracked change does to its text.</summary>
public enum RevisionKind
{
    Insert,
    Delete,
}
