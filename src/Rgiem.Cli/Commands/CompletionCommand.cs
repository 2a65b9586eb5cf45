using System.CommandLine;
using Rgiem.Cli.Completion;

namespace Rgiem.Cli.Commands;

/// <summary><c>rgiem completion SHELL</c>: print a tab-completion script that asks rgiem itself (System.CommandLine's [suggest] directive).</summary>
internal static class CompletionCommand
{
    public static Command Create(CliContext context)
    {
        var shell = new Argument<string>("shell")
        {
            Description = "The shell to complete in: bash, zsh or pwsh (PowerShell).",
            HelpName = "bash|zsh|pwsh",
        };
        shell.AcceptOnlyFromAmong([.. CompletionScripts.Shells]);
        shell.CompletionSources.Add(_ => CompletionScripts.Shells);
        var command = new Command(
            "completion",
            """
            Print a script that makes the shell complete rgiem's commands, options and values with Tab. The script
            asks rgiem itself through System.CommandLine's [suggest] directive; nothing else needs installing.

            Examples:
              eval "$(rgiem completion bash)"                       in ~/.bashrc
              eval "$(rgiem completion zsh)"                        in ~/.zshrc, after compinit
              rgiem completion pwsh | Out-String | Invoke-Expression   in $PROFILE
            """);
        command.Arguments.Add(shell);
        command.SetAction(parse =>
        {
            context.Output.Write(CompletionScripts.For(parse.GetValue(shell)!));
            return ExitCodes.Success;
        });
        return command;
    }
}
