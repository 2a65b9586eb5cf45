using System.CommandLine;
using Rgiem.Cli.Tests.Support;

namespace Rgiem.Cli.Tests;

/// <summary>Help that teaches: every command shows an example, and every option and argument says what it is for.</summary>
public class HelpTests
{
    public static TheoryData<string> CommandPaths()
    {
        var root = RgiemCli.CreateRootCommand(new CliContext(TextWriter.Null, TextWriter.Null, Path.GetTempPath(), new PlainTerminal()));
        var paths = new TheoryData<string>();
        void Walk(Command command, string path)
        {
            paths.Add(path);
            foreach (var sub in command.Subcommands)
            {
                Walk(sub, (path + " " + sub.Name).Trim());
            }
        }

        Walk(root, string.Empty);
        return paths;
    }

    [Theory]
    [MemberData(nameof(CommandPaths))]
    public void Help_of_every_command_has_an_example(string path)
    {
        string[] words = path.Length == 0 ? ["--help"] : [.. path.Split(' '), "--help"];
        var (code, output, _) = CliRunner.Run(Path.GetTempPath(), words);
        Assert.Equal(0, code);
        Assert.Contains("Example", output, StringComparison.Ordinal);
        Assert.Contains("rgiem " + path, output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_list_of_commands_shows_summaries_and_each_command_its_own_examples()
    {
        string root = CliRunner.Run(Path.GetTempPath(), "--help").Output;
        string init = CliRunner.Run(Path.GetTempPath(), "init", "--help").Output;
        Assert.Contains("  init <dir>", root, StringComparison.Ordinal);
        Assert.DoesNotContain("rgiem init --date 2025-03-10", root, StringComparison.Ordinal);
        Assert.Contains("rgiem init --date 2025-03-10", init, StringComparison.Ordinal);
        Assert.True(init.IndexOf("Options:", StringComparison.Ordinal) < init.IndexOf("Examples:", StringComparison.Ordinal), "examples come last");
        Assert.All(root.Split('\n'), line => Assert.True(line.Length <= 200, "a help line is too wide: " + line));
    }

    [Fact]
    public void Every_command_option_and_argument_has_a_description()
    {
        var root = RgiemCli.CreateRootCommand(new CliContext(TextWriter.Null, TextWriter.Null, Path.GetTempPath(), new PlainTerminal()));
        var missing = new List<string>();
        void Walk(Command command)
        {
            if (string.IsNullOrWhiteSpace(command.Description))
            {
                missing.Add("command " + command.Name);
            }

            missing.AddRange(command.Options.Where(o => string.IsNullOrWhiteSpace(o.Description)).Select(o => $"{command.Name} {o.Name}"));
            missing.AddRange(command.Arguments.Where(a => string.IsNullOrWhiteSpace(a.Description)).Select(a => $"{command.Name} <{a.Name}>"));
            foreach (var sub in command.Subcommands)
            {
                Walk(sub);
            }
        }

        Walk(root);
        Assert.Empty(missing);
    }

    [Fact]
    public void Quiet_and_verbose_are_accepted_by_every_command()
    {
        var help = CliRunner.Run(Path.GetTempPath(), "build", "--help").Output;
        Assert.Contains("-q, --quiet", help, StringComparison.Ordinal);
        Assert.Contains("--verbose", help, StringComparison.Ordinal);
        Assert.Contains("--format <human|msbuild|github|json|sarif>", help, StringComparison.Ordinal);
    }
}
