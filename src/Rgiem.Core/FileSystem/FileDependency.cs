namespace Rgiem.Core.FileSystem;

/// <summary>A file a stage read (or looked for) while it built a record, with the SHA-256 of what it saw (empty: no such readable file).</summary>
public sealed record FileDependency(string FullPath, string Sha256);
