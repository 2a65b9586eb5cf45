namespace Rgiem.Core.FileSystem;

/// <summary>Why <see cref="InputFile.Read"/> returned no bytes.</summary>
public enum ReadProblem
{
    None,
    NotFound,
    NotRegular,
    TooLarge,
    Unreadable,
}
