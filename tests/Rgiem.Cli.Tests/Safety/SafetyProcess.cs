using System.Diagnostics;
using Rgiem.Testing;

namespace Rgiem.Cli.Tests.Safety;

/// <summary>Runs the built CLI through <c>/bin/sh -c</c>, so that a test can close or fill its standard output and set TMPDIR.</summary>
internal static class SafetyProcess
{
    public static (int ExitCode, string Error) Shell(string workingDirectory, string arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add($"'{RgiemProcess.DotnetHost()}' '{RgiemProcess.Dll}' {arguments}");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"rgiem {arguments} did not finish within 2 minutes");
        }

        return (process.ExitCode, error.Result);
    }

    public static void MakeFifo(string path)
    {
        using var process = Process.Start("mkfifo", [path])!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
