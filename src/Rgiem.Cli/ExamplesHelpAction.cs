using System.CommandLine;
using System.CommandLine.Invocation;

namespace Rgiem.Cli;

/// <summary>
/// Help with examples. Each command's source writes its examples at the end of its description, after a line
/// "Example:" or "Examples:"; <see cref="Attach"/> moves them out of the description (so that the list of
/// commands shows only the summaries) and prints them at the end of that command's <c>--help</c>.
/// </summary>
internal sealed class ExamplesHelpAction : SynchronousCommandLineAction
{
    private readonly SynchronousCommandLineAction inner;
    private readonly Dictionary<Command, string> examples;

    private ExamplesHelpAction(SynchronousCommandLineAction inner, Dictionary<Command, string> examples)
    {
        this.inner = inner;
        this.examples = examples;
    }

    /// <summary>Splits the examples off every command under <paramref name="root"/> and wraps its help option.</summary>
    public static void Attach(RootCommand root)
    {
        var examples = new Dictionary<Command, string>();
        Split(root, examples);
        foreach (var help in root.Options.OfType<System.CommandLine.Help.HelpOption>())
        {
            if (help.Action is SynchronousCommandLineAction action)
            {
                help.Action = new ExamplesHelpAction(action, examples);
            }
        }
    }

    public override int Invoke(ParseResult parseResult)
    {
        int code = inner.Invoke(parseResult);
        if (examples.TryGetValue(parseResult.CommandResult.Command, out string? text))
        {
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine(text);
            output.WriteLine();
        }

        return code;
    }

    private static void Split(Command command, Dictionary<Command, string> examples)
    {
        string description = (command.Description ?? string.Empty).ReplaceLineEndings("\n");
        int at = description.IndexOf("\n\nExample", StringComparison.Ordinal);
        if (at >= 0)
        {
            examples[command] = description[(at + 2)..].TrimEnd();
            command.Description = description[..at];
        }

        foreach (var sub in command.Subcommands)
        {
            Split(sub, examples);
        }
    }
}
