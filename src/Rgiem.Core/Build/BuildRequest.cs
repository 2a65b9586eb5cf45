using Rgiem.Core.Compilation;

namespace Rgiem.Core.Build;

/// <summary>What <see cref="Builder.Run"/> builds.</summary>
/// <param name="Options">The inputs and the options of checking.</param>
/// <param name="Template">A template given on the command line (full path): an input that no output may replace.</param>
/// <param name="ScratchOutput">
/// Writes every document into this folder instead of its project's output folder (<c>preview</c> renders into a
/// temporary folder); null for a build.
/// </param>
/// <param name="LockTimeout">
/// How long to wait for another build that writes into the same output folder (<see cref="OutputLock"/>), taken before
/// the records are read; null: <see cref="OutputWriter.DefaultLockTimeout"/>.
/// </param>
public sealed record BuildRequest(CompilationOptions Options, string? Template = null, string? ScratchOutput = null, TimeSpan? LockTimeout = null);
