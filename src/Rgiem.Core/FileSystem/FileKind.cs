namespace Rgiem.Core.FileSystem;

/// <summary>What a path names, after symbolic links are followed (or not, for <see cref="FileProbe.LinkStatus"/>).</summary>
public enum FileKind
{
    Missing,
    Regular,
    Directory,
    SymbolicLink,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
    Other,
}
