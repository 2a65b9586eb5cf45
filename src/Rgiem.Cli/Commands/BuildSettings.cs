using Rgiem.Core.Compilation;

namespace Rgiem.Cli.Commands;

/// <summary>The options of one <c>rgiem build</c>, for each build of <c>--watch</c>.</summary>
/// <param name="Template">The <c>--template</c> (full path), if any.</param>
/// <param name="UseCache">Whether to use the build cache (not with <c>--no-cache</c> or <c>--pdf</c>).</param>
internal sealed record BuildSettings(CompilationOptions Options, string? Template, bool Validate, bool Pdf, bool UseCache);
