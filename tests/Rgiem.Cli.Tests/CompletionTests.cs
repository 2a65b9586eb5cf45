using Rgiem.Cli.Tests.Support;
using Rgiem.Testing;

namespace Rgiem.Cli.Tests;

/// <summary>Tab completion: System.CommandLine's [suggest] directive, and the scripts of <c>rgiem completion</c> in a real bash.</summary>
public class CompletionTests
{
    private static IReadOnlyList<string> Suggest(string line) =>
        CliRunner.Run(Path.GetTempPath(), $"[suggest:{line.Length}]", line).Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void The_suggest_directive_completes_commands_options_and_values()
    {
        Assert.Contains("init", Suggest("rgiem "));
        Assert.Contains("explain", Suggest("rgiem "));
        Assert.Contains("--pdf", Suggest("rgiem build --"));
        Assert.Equal(["github", "human", "json", "msbuild", "sarif"], Suggest("rgiem check --format ").Order(StringComparer.Ordinal));
        Assert.Contains("meeting", Suggest("rgiem new "));
        Assert.Contains("RG7001", Suggest("rgiem explain RG700"));
        Assert.Equal(["bash", "pwsh", "zsh"], Suggest("rgiem completion ").Where(s => char.IsAsciiLetter(s[0])).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("bash", "complete -o default -F _rgiem_complete rgiem")]
    [InlineData("zsh", "compdef _rgiem_complete rgiem")]
    [InlineData("pwsh", "Register-ArgumentCompleter -Native -CommandName rgiem")]
    public void Completion_prints_a_script_for_each_shell(string shell, string expected)
    {
        var (code, output, _) = CliRunner.Run(Path.GetTempPath(), "completion", shell);
        Assert.Equal(0, code);
        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.Contains("[suggest:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Completion_of_an_unknown_shell_is_a_usage_error()
    {
        Assert.Equal(2, CliRunner.Run(Path.GetTempPath(), "completion", "fish").ExitCode);
    }

    [SkippableFact]
    public void The_bash_script_completes_in_bash()
    {
        Skip.If(OperatingSystem.IsWindows(), "bash completion is tested on Linux and macOS");
        string rgiem = Path.Combine(AppContext.BaseDirectory, "rgiem");
        Skip.IfNot(File.Exists(rgiem), "the rgiem apphost is not beside the tests");
        string script = CliRunner.Run(Path.GetTempPath(), "completion", "bash").Output;
        using var folder = new TempFolder();
        string bin = folder.Combine("bin");
        string wrapper = folder.Write("bin/rgiem", $"#!/bin/sh\nexec '{rgiem}' \"$@\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        folder.Write("completion.bash", script);
        string probe = """
            source ./completion.bash
            complete_line() {
              COMP_LINE="$1"; COMP_POINT=${#1}
              read -r -a COMP_WORDS <<< "$1"
              [[ "$1" == *" " ]] && COMP_WORDS+=("")
              COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
              _rgiem_complete
              echo "$1=>${COMPREPLY[*]}"
            }
            complete_line "rgiem che"
            complete_line "rgiem check --format "
            complete_line "rgiem check --format s"
            complete -p rgiem
            """;
        var run = ExternalTools.Run("bash", ["-c", probe], folder.FullPath, timeoutSeconds: 60, environment: new Dictionary<string, string?> { ["PATH"] = bin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH") });
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Contains("rgiem che=>check\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("rgiem check --format =>github human json msbuild sarif\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("rgiem check --format s=>sarif\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("complete -o default -F _rgiem_complete rgiem", run.Output, StringComparison.Ordinal);
    }
}
