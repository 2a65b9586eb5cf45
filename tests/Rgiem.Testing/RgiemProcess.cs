using System.Diagnostics;

namespace Rgiem.Testing;

/// <summary>Runs the built CLI (rgiem.dll beside the test assembly) in a separate process, as a user would.</summary>
public static class RgiemProcess
{
    /// <summary>rgiem.dll beside the running test assembly.</summary>
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "rgiem.dll");

    /// <summary>Starts <c>dotnet rgiem.dll ARGS</c> with its output redirected (and read, so that it never blocks).</summary>
    public static Process Start(string workingDirectory, params string[] args)
    {
        Assert.True(File.Exists(Dll), "The CLI is not built beside the tests: " + Dll);
        var info = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        info.ArgumentList.Add(Dll);
        foreach (string argument in args)
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("Cannot start " + info.FileName);
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Runs rgiem to the end (at most <paramref name="timeout"/>) and returns its exit code.</summary>
    public static int Run(string workingDirectory, TimeSpan timeout, params string[] args)
    {
        using var process = Start(workingDirectory, args);
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"rgiem {string.Join(' ', args)} did not finish within {timeout.TotalSeconds} s");
        }

        return process.ExitCode;
    }

    /// <summary>The dotnet host running the tests (so the CLI runs on the same runtime).</summary>
    public static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        if (Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet")
        {
            return path;
        }

        return "dotnet";
    }
}
