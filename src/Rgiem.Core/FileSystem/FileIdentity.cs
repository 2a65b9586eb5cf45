namespace Rgiem.Core.FileSystem;

/// <summary>The device and inode of a file: equal for every path (symbolic link or hard link) that reaches it.</summary>
public readonly record struct FileIdentity(ulong Device, ulong Inode);
