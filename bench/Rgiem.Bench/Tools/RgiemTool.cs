using System.Diagnostics;
using Rgiem.Bench.Measurement;

namespace Rgiem.Bench.Tools;

/// <summary>The published rgiem (Release), run as one process over a whole corpus.</summary>
/// <param name="variant">How it was compiled: <c>jit</c> (IL, compiled at run time), <c>r2r</c> (ReadyToRun) or <c>aot</c> (NativeAOT).</param>
internal sealed class RgiemTool(string executable, string variant)
{
    public const string Jit = "jit";
    public const string ReadyToRun = "r2r";
    public const string NativeAot = "aot";
    public const string Installed = "tool";

    public string Executable { get; } = executable;

    public string Variant { get; } = variant;

    /// <summary>
    /// Publishes src/Rgiem.Cli in Release into <paramref name="directory"/>: framework-dependent IL (<c>jit</c>),
    /// framework-dependent ReadyToRun (<c>r2r</c>) or NativeAOT (<c>aot</c>, several minutes on 2 cores); returns the
    /// tool, or null with the build log.
    /// </summary>
    public static RgiemTool? Publish(string root, string directory, string variant, TextWriter log)
    {
        if (variant == Installed)
        {
            return Install(root, directory, log);
        }

        var info = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = root,
        };
        string rid = (OperatingSystem.IsWindows() ? "win-" : OperatingSystem.IsMacOS() ? "osx-" : "linux-") + System.Runtime.InteropServices.RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant();
        string[] extra = variant switch
        {
            ReadyToRun => ["-r", rid, "--self-contained", "false", "-p:PublishReadyToRun=true"],
            NativeAot => ["-r", rid, "-p:PublishAot=true"],
            _ => [],
        };
        foreach (string argument in (string[])["publish", Path.Combine("src", "Rgiem.Cli", "Rgiem.Cli.csproj"), "-c", "Release", "-o", directory, "--nologo", .. extra])
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

        return new RgiemTool(executable, variant);
    }

    /// <summary>
    /// The tool as users get it: scripts/pack-tool.sh packs it into <paramref name="directory"/>/feed (NativeAOT on
    /// Linux x64 with clang, else the framework-dependent package), and <c>dotnet tool install --tool-path</c> installs
    /// it from there alone, with a DOTNET_CLI_HOME and NuGet cache of its own under <paramref name="directory"/>.
    /// </summary>
    private static RgiemTool? Install(string root, string directory, TextWriter log)
    {
        BenchRunner.Reset(directory);
        string feed = Path.Combine(directory, "feed");
        string config = Path.Combine(directory, "nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        // A build folder of its own: a build of the repository running at the same time cannot change the assets the pack restored.
        var pack = new Dictionary<string, string>(StringComparer.Ordinal) { ["RGIEM_PACK_ARGS"] = "--artifacts-path " + Path.Combine(directory, "build") };
        if (!RunQuiet("bash", [Path.Combine(root, "scripts", "pack-tool.sh"), feed], root, pack, log))
        {
            return null;
        }

        var isolated = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["DOTNET_CLI_HOME"] = Directory.CreateDirectory(Path.Combine(directory, "dotnet-home")).FullName,
            ["NUGET_PACKAGES"] = Directory.CreateDirectory(Path.Combine(directory, "nuget-packages")).FullName,
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
        };
        string tools = Path.Combine(directory, "tools");
        if (!RunQuiet("dotnet", ["tool", "install", "--tool-path", tools, "--configfile", config, "Rgiem.Tool"], directory, isolated, log))
        {
            return null;
        }

        string executable = Path.Combine(tools, OperatingSystem.IsWindows() ? "rgiem.exe" : "rgiem");
        return File.Exists(executable) ? new RgiemTool(executable, Installed) : null;
    }

    private static bool RunQuiet(string program, string[] arguments, string workingDirectory, Dictionary<string, string> environment, TextWriter log)
    {
        var info = new ProcessStartInfo(program)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (string argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start " + program);
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            log.WriteLine(output);
            log.WriteLine(error.Result);
            return false;
        }

        return true;
    }

    /// <summary>A build into <paramref name="outputDirectory"/>: clean when it is empty, incremental (build cache) when it holds the last build.</summary>
    public Sample Build(string corpus, string outputDirectory, string log) =>
        TimedProcess.Run(Executable, ["build", "--format", "msbuild", "--output", outputDirectory, corpus], corpus, log);

    public Sample Delta(string oldFile, string newFile, string output, string log) =>
        TimedProcess.Run(Executable, ["delta", oldFile, newFile, "-o", output, "--verbose"], Path.GetDirectoryName(newFile)!, log);

    public Sample Check(string corpus, string log) =>
        TimedProcess.Run(Executable, ["check", "--format", "msbuild", corpus], corpus, log);

    /// <summary>A register of the whole corpus (<c>actions</c> or <c>refs</c>) as JSON; the log receives the JSON.</summary>
    public Sample Register(string command, string corpus, string log) =>
        TimedProcess.Run(Executable, [command, "--format", "json", corpus], corpus, log);
}
