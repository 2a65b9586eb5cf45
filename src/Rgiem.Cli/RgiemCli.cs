using System.CommandLine;
using Rgiem.Cli.Commands;

namespace Rgiem.Cli;

/// <summary>
/// The command line: maps arguments to options, calls the pipeline and formats diagnostics. Parse errors
/// exit with 2 (System.CommandLine would return 1, which we reserve for errors in the records).
/// </summary>
internal static class RgiemCli
{
    public static int Run(string[] args, TextWriter output, TextWriter error, string workingDirectory, ITerminal terminal) =>
        Run(args, new CliContext(output, error, workingDirectory, terminal));

    public static int Run(string[] args, CliContext context)
    {
        var global = new GlobalOptions();
        var root = CreateRootCommand(context, global);
        var parse = root.Parse(args);
        var error = context.Error;
        bool helpRequested = parse.Action is ExamplesHelpAction;
        if (!helpRequested && (parse.Errors.Count > 0 || global.Conflict(parse) is not null))
        {
            foreach (var parseError in parse.Errors)
            {
                error.WriteLine("rgiem: " + parseError.Message);
            }

            foreach (string hint in DidYouMean(parse))
            {
                error.WriteLine("rgiem: " + hint);
            }

            if (global.Conflict(parse) is { } conflict)
            {
                error.WriteLine("rgiem: " + conflict);
            }

            error.WriteLine("Run 'rgiem --help' for usage.");
            return ExitCodes.Failure;
        }

        // Every file this run reads is noted, so that nothing it writes replaces one (WritePolicy).
        using var reads = Core.FileSystem.FileAccessLog.Begin();
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = context.Output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            error.WriteLine($"rgiem: internal error: {ex.GetType().Name}: {ex.Message}");
            error.WriteLine("This is a bug in rgiem; please report it with the command and the input that trigger it.");
            return ExitCodes.Failure;
        }
    }

    public static RootCommand CreateRootCommand(CliContext context) => CreateRootCommand(context, new GlobalOptions());

    /// <summary>
    /// For each word the parser did not recognise, the closest command (<c>rgiem checkk</c> → check) or option of
    /// the command it was given to (<c>--fromat</c> → --format), when one is close enough.
    /// </summary>
    internal static IEnumerable<string> DidYouMean(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        foreach (string token in parse.UnmatchedTokens.Distinct(StringComparer.Ordinal))
        {
            if (token.StartsWith('-'))
            {
                if (Core.Text.Suggestions.Closest(token, OptionNames(parse.CommandResult)) is { } option)
                {
                    yield return $"'{token}' is not an option of '{command.Name}'; did you mean '{option}'?";
                }
            }
            else if (command.Subcommands.Count > 0 && Core.Text.Suggestions.Closest(token, command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name)) is { } match)
            {
                yield return $"'{token}' is not a command; did you mean '{match}'?";
            }
        }
    }

    /// <summary>The long names (<c>--format</c>) of the options a command accepts.</summary>
    internal static IEnumerable<string> OptionNames(System.CommandLine.Parsing.CommandResult result) =>
        OptionsOf(result).SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal);

    /// <summary>The options a command accepts: its own and the recursive options of the commands above it.</summary>
    private static IEnumerable<Option> OptionsOf(System.CommandLine.Parsing.CommandResult result)
    {
        foreach (var option in result.Command.Options)
        {
            yield return option;
        }

        for (var parent = result.Parent as System.CommandLine.Parsing.CommandResult; parent is not null; parent = parent.Parent as System.CommandLine.Parsing.CommandResult)
        {
            foreach (var option in parent.Command.Options.Where(o => o.Recursive))
            {
                yield return option;
            }
        }
    }

    private static RootCommand CreateRootCommand(CliContext context, GlobalOptions global)
    {
        var root = new RootCommand(
            """
            rgiem compiles ITU-T meeting records (Markdown with YAML front matter) into ITU-style Word reports, and checks them.

            Examples:
              rgiem init minutes --group RG-IEM     set up a repository of meeting records
              rgiem build                           write a .docx report for each record
              rgiem check --format github           check the records in a GitHub Actions workflow
              rgiem explain RG7001                  what a diagnostic means and how to fix it
            """)
        {
            InitCommand.Create(context, global),
            NewCommand.Create(context, global),
            BuildCommand.Create(context, global),
            CheckCommand.Create(context, global),
            PreviewCommand.Create(context, global),
            ExplainCommand.Create(context, global),
            SchemaCommand.Create(context, global),
            ActionsCommand.Create(context, global),
            RefsCommand.Create(context, global),
            DeltaCommand.Create(context, global),
            ImportCommand.Create(context, global),
            TemplateCommand.Create(context, global),
            CompletionCommand.Create(context),
        };
        global.AddTo(root);
        foreach (var version in root.Options.OfType<VersionOption>())
        {
            version.Action = new VersionAction();
        }

        ExamplesHelpAction.Attach(root);

        return root;
    }
}
