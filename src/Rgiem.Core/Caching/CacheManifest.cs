using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Caching;

/// <summary>What the build cache keeps of the last build (<see cref="ManifestFormat"/> reads and writes it).</summary>
/// <param name="Key">SHA-256 of the tool, the options and the inputs' layout (<see cref="BuildCache"/>).</param>
/// <param name="Inputs">The files the inputs named or held, in input order, with their SHA-256.</param>
/// <param name="Files">Every other file the build read (includes, rgiem.yaml, the registry, templates, logos) with its SHA-256; empty for a file that did not exist.</param>
/// <param name="Records">The records, in input order.</param>
/// <param name="Global">Diagnostics that belong to no record.</param>
/// <param name="Build">The diagnostics of writing the outputs, in order.</param>
/// <param name="Skipped">Files skipped as not records (display paths).</param>
public sealed record CacheManifest(
    string Key,
    IReadOnlyList<KeyValuePair<string, string>> Inputs,
    IReadOnlyDictionary<string, string> Files,
    IReadOnlyList<CachedRecord> Records,
    IReadOnlyList<Diagnostic> Global,
    IReadOnlyList<Diagnostic> Build,
    IReadOnlyList<string> Skipped)
{
    /// <summary>SHA-256 of each shard of record checks written with this manifest (<see cref="CheckStore"/>), by shard; empty when there are none.</summary>
    public IReadOnlyDictionary<int, string> CheckShards { get; init; } = new Dictionary<int, string>();

    /// <summary>
    /// The <see cref="FileSystem.InputStamp"/> taken before each of <see cref="Inputs"/> was read and hashed, by path (an
    /// input without one is hashed at the next build).
    /// </summary>
    public IReadOnlyDictionary<string, FileSystem.InputStamp> InputStamps { get; init; } = new Dictionary<string, FileSystem.InputStamp>();
}
