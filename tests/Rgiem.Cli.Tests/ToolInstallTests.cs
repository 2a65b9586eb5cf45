using System.Diagnostics;
using Rgiem.Cli.Output;
using Rgiem.Cli.Scaffolding;
using Rgiem.Cli.Tests.Support;
using Rgiem.Testing;
using Xunit.Abstractions;

namespace Rgiem.Cli.Tests;

/// <summary>
/// rgiem as a .NET tool, the way README.md installs it: pack src/Rgiem.Cli, install the package from that
/// folder into a tool path, run <c>rgiem --version</c> and a build of the samples; then, in a repository the
/// installed tool set up, run the commands of the generated GitHub workflow with the tool manifest. Offline:
/// the pack restores from the package cache the test build filled, and the installs see only the folder the
/// package was packed into, through a NuGet cache private to the test, so that a stale rgiem.tool of the
/// same version in ~/.nuget/packages cannot stand in. Every child process runs under a HOME, DOTNET_CLI_HOME and
/// temporary folder of the test's own (<see cref="IsolatedEnvironment"/>): the tool resolver cache dotnet keeps
/// there would otherwise point the user's own <c>dotnet tool run rgiem</c> at the deleted test folder. Slow (a Release build, about a minute on two cores),
/// so it is one test.
/// </summary>
public sealed class ToolInstallTests(ITestOutputHelper log)
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(15);

    [Fact]
    public void The_packed_tool_installs_runs_and_runs_the_workflow_commands()
    {
        using var folder = new TempFolder();
        var build = ChildEnvironment(folder.Combine("pack"), IsolatedEnvironment.UserNuGetPackages);
        var environment = ChildEnvironment(folder.Combine("user"), folder.Combine("nuget-packages"));
        string dotnet = DotnetHost();
        var total = Stopwatch.StartNew();

        Run(dotnet, ["pack", Path.Combine(RepoPaths.Root, "src", "Rgiem.Cli"), "-c", "Release", "-o", folder.Combine("feed"), "--artifacts-path", folder.Combine("artifacts")], folder.FullPath, build);
        Assert.True(File.Exists(folder.Combine($"feed/Rgiem.Tool.{ToolInfo.Version}.nupkg")), string.Join(", ", folder.Files("feed")));
        log.WriteLine($"pack: {total.Elapsed.TotalSeconds:F0} s");

        string config = folder.Write("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{folder.Combine("feed")}" />
              </packageSources>
            </configuration>
            """);
        var step = Stopwatch.StartNew();
        Run(dotnet, ["tool", "install", "--tool-path", folder.Combine("tools"), "--configfile", config, "Rgiem.Tool", "--version", ToolInfo.Version], folder.FullPath, environment);
        log.WriteLine($"tool install: {step.Elapsed.TotalSeconds:F0} s");
        string rgiem = folder.Combine(OperatingSystem.IsWindows() ? "tools/rgiem.exe" : "tools/rgiem");

        Assert.StartsWith(ToolInfo.Version, Run(rgiem, ["--version"], folder.FullPath, environment).Trim(), StringComparison.Ordinal);

        folder.CopySamples();
        string samples = Run(rgiem, ["build", "rg-iem"], folder.FullPath, environment);
        Assert.Contains("wrote rg-iem/out/TSAG-TD521.docx", samples, StringComparison.Ordinal);
        Assert.Contains("build: 7 records, 0 error(s)", samples, StringComparison.Ordinal);

        // A new repository, set up by the installed tool, then the workflow's commands as the runner runs them.
        step.Restart();
        Run(rgiem, ["init", "minutes", "--date", "2025-03-10"], folder.FullPath, environment);
        string repository = folder.Combine("minutes");
        File.Copy(config, Path.Combine(repository, "nuget.config"));
        foreach (string command in WorkflowTemplate.Commands)
        {
            Run("bash", ["-c", command], repository, environment);
        }

        Assert.Empty(SarifValidator.Validate(File.ReadAllText(Path.Combine(repository, "rgiem.sarif"))));
        Assert.True(File.Exists(Path.Combine(repository, "out/2025-03-10-rg-example.docx")));
        log.WriteLine($"init and the workflow commands: {step.Elapsed.TotalSeconds:F0} s; in all {total.Elapsed.TotalSeconds:F0} s");
    }

    private string Run(string program, string[] arguments, string workingDirectory, IReadOnlyDictionary<string, string?> environment)
    {
        var (code, output, error) = ExternalTools.Run(program, arguments, workingDirectory, (int)Limit.TotalSeconds, environment: environment);
        string shown = $"{Path.GetFileName(program)} {string.Join(' ', arguments)}";
        Assert.True(code == 0, $"{shown} exited with {code}\n--- stdout\n{Tail(output)}\n--- stderr\n{Tail(error)}");
        log.WriteLine($"$ {shown}\n{Tail(output, 600)}");
        return output;
    }

    /// <summary>The dotnet that runs this test: DOTNET_HOST_PATH (set by the SDK), else the one on PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>
    /// The test's environment for the child processes: a HOME, DOTNET_CLI_HOME and temporary folder under
    /// <paramref name="home"/>, the NuGet cache <paramref name="packages"/>, no MSBuild variables of the test host,
    /// and DOTNET_ROOT for the tool's launcher, as an installed SDK provides it.
    /// </summary>
    private static Dictionary<string, string?> ChildEnvironment(string home, string packages)
    {
        var environment = IsolatedEnvironment.Create(home, packages);
        string runtime = System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory();
        string? root = Path.GetFullPath(Path.Combine(runtime, "..", "..", ".."));
        if (Environment.GetEnvironmentVariable("DOTNET_ROOT") is not { Length: > 0 } && File.Exists(Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet")))
        {
            environment["DOTNET_ROOT"] = root;
        }

        return environment;
    }

    private static string Tail(string text, int length = 4000) => text.Length > length ? "…" + text[^length..] : text;
}
