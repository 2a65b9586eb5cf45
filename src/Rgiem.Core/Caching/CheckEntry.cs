using Rgiem.Core.Binding;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.FileSystem;

namespace Rgiem.Core.Caching;

/// <summary>
/// What the build cache keeps of one record's own checks (<see cref="CheckStore"/>): enough to skip reading, binding
/// and checking it when none of its inputs changed.
/// </summary>
/// <param name="FullPath">The record file.</param>
/// <param name="Key">SHA-256 of the options, the record's place and every file its stages read, with their hashes (<see cref="BuildCache.CheckKeyOf"/>).</param>
/// <param name="Inputs">The files its stages read (<see cref="BoundRecord.Inputs"/>), with the SHA-256 each had.</param>
/// <param name="Diagnostics">The diagnostics of its own stages, before the checks across records, suppressions and severities.</param>
/// <param name="Summary">Its summary (<see cref="BoundRecord.ToSummary"/>): what the checks across records read.</param>
public sealed record CheckEntry(string FullPath, string Key, IReadOnlyList<FileDependency> Inputs, IReadOnlyList<Diagnostic> Diagnostics, BoundRecord Summary);
