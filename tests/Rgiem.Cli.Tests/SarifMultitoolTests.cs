using System.Text.Json;
using Rgiem.Cli.Tests.Support;
using Rgiem.Testing;

namespace Rgiem.Cli.Tests;

/// <summary>
/// Our SARIF as Microsoft's SARIF Multitool judges it (npm <c>@microsoft/sarif-multitool</c>, which .ci/run installs;
/// <c>validate --rule-kind "Sarif;Gh"</c>: the SARIF schema, the SARIF spec's rules and GitHub code scanning's
/// ingestion rules): no error, for a run with a missing path (a tool execution notification), for the samples and
/// for a record with errors.
/// </summary>
public sealed class SarifMultitoolTests
{
    public static TheoryData<string, string[]> Runs => new()
    {
        { "missing-path", ["check", "--format", "sarif", "no-such-folder"] },
        { "samples", ["check", "--format", "sarif", "samples/rg-iem"] },
        { "final", ["check", "--format", "sarif", "--final", "samples/rg-iem/2024-07-geneva-report.md"] },
    };

    [SkippableTheory]
    [MemberData(nameof(Runs))]
    public void The_SARIF_Multitool_with_GitHub_rules_finds_no_error(string name, string[] args)
    {
        string multitool = Multitool();
        using var folder = new TempFolder();
        var run = CliRun.Of(RepoPaths.Root, args);
        Assert.True(run.Output.Length > 0, run.ToString());
        string log = folder.Write(name + ".sarif", run.Output);
        string report = folder.Combine(name + ".validation.sarif");
        var environment = IsolatedEnvironment.Create(folder.Combine("env"), folder.Combine("nuget"));
        environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1";
        var (code, output, error) = ExternalTools.Run(multitool, ["validate", log, "--rule-kind", "Sarif;Gh", "--output", report, "--log", "ForceOverwrite"], folder.FullPath, 300, environment: environment);
        Assert.True(File.Exists(report), $"the Multitool wrote no report ({code}):\n{output}\n{error}");

        using var validation = JsonDocument.Parse(File.ReadAllText(report));
        var findings = validation.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => (Level: r.TryGetProperty("level", out var level) ? level.GetString() : "warning", Rule: r.GetProperty("ruleId").GetString(), Text: Text(r)))
            .ToList();
        var errors = findings.Where(f => f.Level == "error").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(f => $"{f.Rule}: {f.Text}")));
        Assert.True(code == 0, $"Multitool exit {code}:\n{output}\n{error}");
    }

    private static string Text(JsonElement result) =>
        result.GetProperty("message").TryGetProperty("text", out var text)
            ? text.GetString()!
            : string.Join(" | ", result.GetProperty("message").TryGetProperty("arguments", out var arguments) ? arguments.EnumerateArray().Select(a => a.GetString()) : []);

    /// <summary>The Multitool's own executable from its platform package (it bundles its .NET runtime).</summary>
    private static string Multitool()
    {
        string modules = ExternalTools.NodeModules("@microsoft/sarif-multitool");
        string platform = OperatingSystem.IsWindows() ? "win32" : OperatingSystem.IsMacOS() ? "darwin" : "linux";
        string path = Path.Combine(modules, "@microsoft", "sarif-multitool-" + platform, OperatingSystem.IsWindows() ? "Sarif.Multitool.exe" : "Sarif.Multitool");
        Assert.True(File.Exists(path), "The Multitool's executable is not in its npm package: " + path);
        return path;
    }
}
