using System.CommandLine;
using Rgiem.Core.Compilation;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.FileSystem;

namespace Rgiem.Cli.Commands;

/// <summary>
/// The file a command writes besides a build's outputs (<c>delta -o</c>, <c>refs --export</c>, <c>schema -o</c>,
/// <c>template export</c>): its <c>--force</c> option, and the check of <see cref="WritePolicy"/> before writing.
/// </summary>
internal static class OutputTarget
{
    public static Option<bool> ForceOption() => new("--force")
    {
        Description = "Replace the file if it already exists. Never replaces an input (a record, rgiem.yaml, a registry, a file this command read).",
    };

    /// <summary>
    /// Whether <paramref name="full"/> must not be written; then the refusal (an RG0040–RG0042 error) is printed.
    /// <paramref name="replacingIsJob"/>: the command's default output, which it replaces on every run.
    /// </summary>
    public static bool Refused(string full, bool force, CliContext context, PathDisplay display, bool replacingIsJob = false)
    {
        if (new WritePolicy(force, display: display.Show).Check(full, SourceLocation.None, replacingIsJob) is not { } refusal)
        {
            return false;
        }

        context.Error.WriteLine($"rgiem: error {refusal.Id}: {refusal.Message}");
        return true;
    }
}
