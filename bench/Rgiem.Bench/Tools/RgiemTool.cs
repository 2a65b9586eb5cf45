using System.Diagnostics;
using Rgiem.Bench.Measurement;

namespace Rgiem.Bench.Tools;

/// <summary>The published rgiem (Release), run as one process over a whole corpus.</summary>
internal sealed class RgiemTool(string executable)
{
    public string Executable { get; } = executable;

    /// <summary>Publishes src/Rgiem.Cli in Release into <paramref name="directory"/>; returns the tool, or null with the build log.</summary>
    public static RgiemTool? Publish(string root, string directory, TextWriter log)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = root,
        };
        foreach (string argument in (string[])["publish", Path.Combine("src", "Rgiem.Cli", "Rgiem.Cli.csproj"), "-c", "Release", "-o", directory, "--nologo"])
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start dotnet");
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        string executable = Path.Combine(directory, OperatingSystem.IsWindows() ? "rgiem.exe" : "rgiem");
        if (process.ExitCode != 0 || !File.Exists(executable))
        {
            log.WriteLine(output);
            log.WriteLine(error.Result);
            return null;
        }

        return new RgiemTool(executable);
    }

    public Sample Build(string corpus, string outputDirectory, string log) =>
        TimedProcess.Run(Executable, ["build", "--format", "msbuild", "--output", outputDirectory, corpus], corpus, log);

    public Sample Delta(string oldFile, string newFile, string output, string log) =>
        TimedProcess.Run(Executable, ["delta", oldFile, newFile, "-o", output, "--verbose"], Path.GetDirectoryName(newFile)!, log);

    public Sample Check(string corpus, string log) =>
        TimedProcess.Run(Executable, ["check", "--format", "msbuild", corpus], corpus, log);
}
