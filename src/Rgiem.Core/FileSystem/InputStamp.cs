namespace Rgiem.Core.FileSystem;

/// <summary>
/// What statx(2) says of an input file, taken before its content was read and hashed, with a clock reading taken before
/// that statx (<see cref="InputTracker"/>): the build cache trusts the hash recorded with it, without reading the file
/// again, only when <see cref="Trusts"/> says so (docs/performance.md, "h27e").
/// </summary>
/// <param name="Length">Size in bytes.</param>
/// <param name="ModifiedNs">Last modification (mtime), nanoseconds since 1970.</param>
/// <param name="ChangedNs">Last status change (ctime: no user can set it), nanoseconds since 1970.</param>
/// <param name="Device">The file system's device.</param>
/// <param name="Inode">The file's inode.</param>
/// <param name="ClockNs">The real-time clock, nanoseconds since 1970, read before the statx.</param>
public readonly record struct InputStamp(long Length, long ModifiedNs, long ChangedNs, ulong Device, ulong Inode, long ClockNs)
{
    /// <summary>
    /// The time stamps' granularity allowed for: 2 s covers FAT, and the kernel's coarse clock lags the real-time clock by a tick.
    /// </summary>
    public const long GranularityNs = 2_000_000_000;

    /// <summary>
    /// Whether the file stamped <paramref name="now"/> still holds what was hashed with this stamp: the same size, mtime,
    /// ctime, device and inode, and this stamp's ctime and mtime older than its clock reading by more than
    /// <see cref="GranularityNs"/>. A file changed after this stamp was taken then has a newer ctime, and a replaced
    /// file another inode; a file changed in the same time stamp tick as the statx is never trusted.
    /// </summary>
    public bool Trusts(InputStamp now) =>
        Length == now.Length
        && ModifiedNs == now.ModifiedNs
        && ChangedNs == now.ChangedNs
        && Device == now.Device
        && Inode == now.Inode
        && ChangedNs < ClockNs - GranularityNs
        && ModifiedNs < ClockNs - GranularityNs;
}
