namespace Rgiem.Core.Compilation;

/// <summary>A file the build wrote: the record it came from and the output path (full and as shown).</summary>
public sealed record WrittenOutput(string RecordPath, string FullPath, string DisplayPath, long Bytes)
{
    /// <summary>SHA-256 of the bytes (lower-case hex), when known: the build cache checks outputs with it.</summary>
    public string? Sha256 { get; init; }
}
