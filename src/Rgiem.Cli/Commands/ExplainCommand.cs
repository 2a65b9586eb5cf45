using System.CommandLine;
using Rgiem.Cli.Output;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Text;

namespace Rgiem.Cli.Commands;

/// <summary><c>rgiem explain RG1234</c>: print the documentation of a diagnostic (its entry in docs/diagnostics.md).</summary>
internal static class ExplainCommand
{
    public static Command Create(CliContext context, GlobalOptions global)
    {
        var id = new Argument<string?>("id")
        {
            Description = "A diagnostic ID such as RG1007 (RG and the case are optional: 1007, rg1007). Without it, every ID is listed with its title.",
            Arity = ArgumentArity.ZeroOrOne,
            HelpName = "id",
        };
        id.CompletionSources.Add(_ => DiagnosticCatalog.All.Select(d => d.Id));
        var command = new Command(
            "explain",
            """
            Print the documentation of a diagnostic: its default severity, what it checks, and a bad and a good example.

            Examples:
              rgiem explain RG7001
              rgiem explain          list every diagnostic
            """);
        command.Arguments.Add(id);
        command.SetAction(parse =>
        {
            var messages = new Messages(context, global.Verbosity(parse));
            if (parse.GetValue(id) is not { } given)
            {
                foreach (var descriptor in DiagnosticCatalog.All)
                {
                    context.Output.WriteLine($"{descriptor.Id}  {Diagnostic.SeverityText(descriptor.DefaultSeverity),-7}  {descriptor.Title}");
                }

                return ExitCodes.Success;
            }

            string normalized = Normalize(given);
            if (DiagnosticCatalog.Find(normalized) is not { } found)
            {
                string hint = Suggestions.Closest(normalized, DiagnosticCatalog.All.Select(d => d.Id)) is { } near
                    ? $" Did you mean {near} ({DiagnosticCatalog.Find(near)!.Title})?"
                    : string.Empty;
                return messages.Fail($"'{given}' is not a diagnostic ID.{hint} Run 'rgiem explain' to list them.");
            }

            context.Output.WriteLine($"{found.Id}: {found.Title}");
            context.Output.WriteLine();
            context.Output.WriteLine(RuleHelp.Load().Markdown(found.Id) ?? $"Default severity: {Diagnostic.SeverityText(found.DefaultSeverity)}.");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>"rg1007", "1007" and " RG1007 " all name RG1007.</summary>
    private static string Normalize(string text)
    {
        string trimmed = text.Trim().ToUpperInvariant();
        return trimmed.Length > 0 && char.IsAsciiDigit(trimmed[0]) ? "RG" + trimmed : trimmed;
    }
}
