using Rgiem.Cli;

namespace Rgiem.Cli.Tests;

/// <summary>Runs the CLI in process, with captured standard output and error.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(string workingDirectory, params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        int exit = RgiemCli.Run(args, output, error, workingDirectory, new PlainTerminal());
        return new CliRun(exit, output.ToString(), error.ToString());
    }
}
