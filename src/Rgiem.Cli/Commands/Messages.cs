using Rgiem.Cli.Output;

namespace Rgiem.Cli.Commands;

/// <summary>
/// The lines a command prints besides diagnostics, honouring the verbosity: progress notes ("created …",
/// "wrote …") on standard error unless quiet, details (skipped files, timings) only when verbose, and
/// usage errors always. Paths in them are relative to the working directory.
/// </summary>
internal sealed class Messages(CliContext context, Verbosity verbosity)
{
    public Verbosity Verbosity => verbosity;

    /// <summary>What was done ("created rgiem.yaml"): on standard error, not when quiet.</summary>
    public void Note(string line)
    {
        if (verbosity != Verbosity.Quiet)
        {
            context.Error.WriteLine(line);
        }
    }

    /// <summary>Details for <c>--verbose</c> only.</summary>
    /// <summary>Whether <see cref="Detail"/> writes anything (<c>--verbose</c>).</summary>
    public bool IsVerbose => verbosity == Verbosity.Verbose;

    public void Detail(string line)
    {
        if (verbosity == Verbosity.Verbose)
        {
            context.Error.WriteLine(line);
        }
    }

    /// <summary>A usage error or a refusal: always printed, prefixed "rgiem: ".</summary>
    public int Fail(string message, int exitCode = ExitCodes.Failure)
    {
        context.Error.WriteLine("rgiem: " + message);
        return exitCode;
    }
}
