using Rgiem.Core.Compilation;

namespace Rgiem.Core.Build;

/// <summary>What <see cref="Builder.Run"/> builds.</summary>
/// <param name="Options">The inputs and the options of checking.</param>
/// <param name="Template">A template given on the command line (full path): an input that no output may replace.</param>
/// <param name="ScratchOutput">
/// Writes every document into this folder instead of its project's output folder (<c>preview</c> renders into a
/// temporary folder); null for a build.
/// </param>
public sealed record BuildRequest(CompilationOptions Options, string? Template = null, string? ScratchOutput = null);
