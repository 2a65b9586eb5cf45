namespace Rgiem.Cli.Completion;

/// <summary>
/// Shell functions that complete <c>rgiem</c> by running <c>rgiem "[suggest:POSITION]" "COMMAND LINE"</c>, the
/// directive System.CommandLine answers with one candidate per line (commands, options, option values). The
/// shell filters the candidates by the word being typed and falls back to file names when none fits.
/// </summary>
internal static class CompletionScripts
{
    public static IReadOnlyList<string> Shells { get; } = ["bash", "zsh", "pwsh"];

    public static string For(string shell) => shell switch
    {
        "bash" => Bash,
        "zsh" => Zsh,
        "pwsh" => PowerShell,
        _ => throw new ArgumentOutOfRangeException(nameof(shell), shell, "Not a supported shell."),
    };

    private const string Bash = """
        # rgiem tab completion for bash. Enable it with this line in ~/.bashrc:
        #   eval "$(rgiem completion bash)"
        _rgiem_complete() {
          local cur="${COMP_WORDS[COMP_CWORD]}" IFS=$'\n' candidates
          candidates=$("${COMP_WORDS[0]}" "[suggest:${COMP_POINT}]" "${COMP_LINE}" 2>/dev/null)
          COMPREPLY=($(compgen -W "${candidates}" -- "${cur}"))
        }
        complete -o default -F _rgiem_complete rgiem

        """;

    private const string Zsh = """
        # rgiem tab completion for zsh. Enable it with this line in ~/.zshrc, after compinit:
        #   eval "$(rgiem completion zsh)"
        _rgiem_complete() {
          local line="${(j: :)words[1,CURRENT]}"
          local -a candidates
          candidates=(${(f)"$(${words[1]} "[suggest:${#line}]" "$line" 2>/dev/null)"})
          if (( ${#candidates} )); then
            compadd -- "${candidates[@]}"
          else
            _files
          fi
        }
        compdef _rgiem_complete rgiem

        """;

    private const string PowerShell = """
        # rgiem tab completion for PowerShell. Enable it with this line in $PROFILE:
        #   rgiem completion pwsh | Out-String | Invoke-Expression
        Register-ArgumentCompleter -Native -CommandName rgiem -ScriptBlock {
            param($wordToComplete, $commandAst, $cursorPosition)
            $line = $commandAst.Extent.ToString()
            $position = $cursorPosition - $commandAst.Extent.StartOffset
            if ($position -gt $line.Length) { $line = $line.PadRight($position) }
            & rgiem "[suggest:$position]" $line 2>$null |
                Where-Object { $_ -like "$wordToComplete*" } |
                ForEach-Object { [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_) }
        }

        """;
}
