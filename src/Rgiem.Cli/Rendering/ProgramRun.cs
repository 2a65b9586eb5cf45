using System.ComponentModel;
using System.Diagnostics;

namespace Rgiem.Cli.Rendering;

/// <summary>One run of an external program: exit code and what it printed, or why it could not run.</summary>
internal sealed record ProgramRun(int ExitCode, string Output, string Error, string? Failure)
{
    public bool Succeeded => Failure is null && ExitCode == 0;

    /// <summary>Runs <paramref name="program"/> without a shell; kills it (and its children) after <paramref name="timeout"/>.</summary>
    public static ProgramRun Start(string program, IEnumerable<string> arguments, TimeSpan timeout, string? workingDirectory = null)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            CreateNoWindow = true,
            WorkingDirectory = workingDirectory ?? Path.GetTempPath(),
        };
        foreach (string argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(info);
            if (process is null)
            {
                return new ProgramRun(-1, string.Empty, string.Empty, "the program could not be started");
            }

            process.StandardInput.Close();
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                return new ProgramRun(-1, output.Result, error.Result, $"it did not finish within {timeout.TotalSeconds:0} s");
            }

            process.WaitForExit();
            return new ProgramRun(process.ExitCode, output.Result, error.Result, null);
        }
        catch (Win32Exception ex)
        {
            return new ProgramRun(-1, string.Empty, string.Empty, ex.Message);
        }
    }

    /// <summary>The last non-empty line of standard error, or the exit code: what to tell the user.</summary>
    public string Reason =>
        Failure
        ?? Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault(l => !l.StartsWith("Warning: failed to launch javaldx", StringComparison.Ordinal))
        ?? $"it exited with code {ExitCode}";
}
