using Rgiem.Testing;

namespace Rgiem.Cli.Tests;

/// <summary>The environment of the tool tests' child processes (dotnet pack, dotnet tool, the installed rgiem).</summary>
public static class ToolEnvironment
{
    /// <summary>The dotnet that runs this test: DOTNET_HOST_PATH (set by the SDK), else the one on PATH.</summary>
    public static string Dotnet =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>
    /// A HOME, DOTNET_CLI_HOME and temporary folder under <paramref name="home"/>, the NuGet cache <paramref name="packages"/>,
    /// no MSBuild variables of the test host, and DOTNET_ROOT for the tool's launcher, as an installed SDK provides it.
    /// </summary>
    public static Dictionary<string, string?> Create(string home, string packages)
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
}
