using System.CommandLine;
using Rgiem.Cli.Output;

namespace Rgiem.Cli.Commands;

/// <summary>Options every command accepts (<c>--quiet</c>, <c>--verbose</c>), declared once on the root command.</summary>
internal sealed class GlobalOptions
{
    public Option<bool> Quiet { get; } = new("--quiet", "-q")
    {
        Description = "Print only errors and warnings: no infos, no \"wrote …\" or \"created …\" lines, no summary.",
        Recursive = true,
    };

    public Option<bool> Verbose { get; } = new("--verbose")
    {
        Description = "Also print, on standard error, the Markdown files skipped as not records and how long each step took.",
        Recursive = true,
    };

    public void AddTo(Command root)
    {
        root.Options.Add(Quiet);
        root.Options.Add(Verbose);
    }

    public Verbosity Verbosity(ParseResult parse) =>
        parse.GetValue(Quiet) ? Output.Verbosity.Quiet
        : parse.GetValue(Verbose) ? Output.Verbosity.Verbose
        : Output.Verbosity.Normal;

    /// <summary>The usage error of a command line that asks for both, or null.</summary>
    public string? Conflict(ParseResult parse) =>
        parse.GetValue(Quiet) && parse.GetValue(Verbose) ? "--quiet and --verbose cannot be used together." : null;
}
