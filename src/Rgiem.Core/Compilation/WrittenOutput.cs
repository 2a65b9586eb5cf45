namespace Rgiem.Core.Compilation;

/// <summary>A file the build wrote: the record it came from and the output path (full and as shown).</summary>
public sealed record WrittenOutput(string RecordPath, string FullPath, string DisplayPath, long Bytes);
