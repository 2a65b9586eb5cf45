using System.CommandLine;
using Rgiem.Cli.Commands;

namespace Rgiem.Cli;

/// <summary>
/// The command line: maps arguments to options, calls the pipeline and formats diagnostics. Parse errors
/// exit with 2 (System.CommandLine would return 1, which we reserve for errors in the records).
/// </summary>
internal static class RgiemCli
{
    public static int Run(string[] args, TextWriter output, TextWriter error, string workingDirectory, ITerminal terminal)
    {
        var context = new CliContext(output, error, workingDirectory, terminal);
        var root = CreateRootCommand(context);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                error.WriteLine("rgiem: " + parseError.Message);
            }

            error.WriteLine("Run 'rgiem --help' for usage.");
            return ExitCodes.Failure;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            error.WriteLine($"rgiem: internal error: {ex.GetType().Name}: {ex.Message}");
            error.WriteLine("This is a bug in rgiem; please report it with the command and the input that trigger it.");
            return ExitCodes.Failure;
        }
    }

    public static RootCommand CreateRootCommand(CliContext context)
    {
        var root = new RootCommand("rgiem compiles ITU-T meeting records (Markdown with YAML front matter) into ITU-style Word reports, and checks them.")
        {
            BuildCommand.Create(context),
            CheckCommand.Create(context),
            SchemaCommand.Create(context),
            ActionsCommand.Create(context),
            RefsCommand.Create(context),
            TemplateCommand.Create(context),
        };
        foreach (var version in root.Options.OfType<VersionOption>())
        {
            version.Action = new VersionAction();
        }

        return root;
    }
}
