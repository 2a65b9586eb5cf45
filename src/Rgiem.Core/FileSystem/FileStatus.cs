namespace Rgiem.Core.FileSystem;

/// <summary>
/// What the operating system says of a path: its kind, its permission bits, its owner and its identity (device
/// and inode: two paths to the same file, through links or hard links, have the same identity). Owner and
/// identity are null where the platform does not tell them (see <see cref="FileProbe"/>).
/// </summary>
public readonly record struct FileStatus(FileKind Kind, int Mode, uint? OwnerId, FileIdentity? Identity)
{
    /// <summary>Whether anyone may create or delete entries in this folder (mode o+w).</summary>
    public bool IsWorldWritable => (Mode & 0x2) != 0;
}
