namespace Rgiem.Core.Compilation;

/// <summary>
/// A rendered document written to a hidden temporary file beside its target (<see cref="OutputStaging"/>) instead of
/// being held in memory until the checks across records have run.
/// </summary>
/// <param name="Path">The temporary file (full path), in the target's folder.</param>
/// <param name="Target">The output it is to replace (full path).</param>
/// <param name="Bytes">Its length.</param>
/// <param name="Sha256">The SHA-256 of its bytes (lower-case hex), when the build cache asked for it; else null.</param>
public sealed record StagedOutput(string Path, string Target, long Bytes, string? Sha256);
