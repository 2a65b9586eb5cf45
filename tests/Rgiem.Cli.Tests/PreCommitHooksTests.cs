using Rgiem.Cli.Tests.Support;
using Rgiem.Testing;
using YamlDotNet.RepresentationModel;

namespace Rgiem.Cli.Tests;

/// <summary>
/// .pre-commit-hooks.yaml at the repository root, as pre-commit reads it: a list of hooks with the keys pre-commit
/// requires, each running <c>dotnet tool run rgiem ARGS</c>; ARGS work in a repository made by <c>rgiem init</c>.
/// </summary>
public sealed class PreCommitHooksTests
{
    private const string Tool = "dotnet tool run rgiem ";

    [Fact]
    public void Every_hook_is_well_formed_and_its_command_passes_on_a_new_repository()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(RepoPaths.Root, ".pre-commit-hooks.yaml"))));
        var hooks = Assert.IsType<YamlSequenceNode>(Assert.Single(stream.Documents).RootNode).Children.Cast<YamlMappingNode>().ToList();
        Assert.Equal(["rgiem-check", "rgiem-check-final"], hooks.Select(h => Value(h, "id")));

        using var folder = new TempFolder();
        Assert.Equal(0, CliRunner.Run(folder.FullPath, "init", "--date", "2025-03-10").ExitCode);
        foreach (var hook in hooks)
        {
            Assert.All(new[] { "name", "entry", "language" }, key => Assert.False(string.IsNullOrWhiteSpace(Value(hook, key)), key));
            Assert.Equal("system", Value(hook, "language"));
            Assert.Equal("false", Value(hook, "pass_filenames"));
            Assert.Matches(Value(hook, "files")!, "records/2025-03-10-rg-example.md");
            Assert.Matches(Value(hook, "files")!, "rgiem.yaml");
            string entry = Value(hook, "entry")!;
            Assert.StartsWith(Tool, entry, StringComparison.Ordinal);
            var run = CliRunner.Run(folder.FullPath, entry[Tool.Length..].Split(' '));
            Assert.True(run.ExitCode == 0 || (run.ExitCode == 1 && entry.Contains("--final", StringComparison.Ordinal)), entry + "\n" + run);
        }
    }

    private static string? Value(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;
}
