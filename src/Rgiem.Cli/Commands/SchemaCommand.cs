using System.CommandLine;
using Rgiem.Core.Compilation;
using Rgiem.Core.FrontMatter;

namespace Rgiem.Cli.Commands;

/// <summary><c>rgiem schema</c>: print the JSON Schema of the front matter, for yaml-language-server.</summary>
internal static class SchemaCommand
{
    public static Command Create(CliContext context, GlobalOptions global)
    {
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write the schema to this file instead of standard output.",
            HelpName = "file",
        };
        var command = new Command(
            "schema",
            """
            Print the JSON Schema of the record front matter (for editor completion with yaml-language-server).

            Examples:
              rgiem schema
              rgiem schema -o .vscode/rgiem.schema.json
            """);
        command.Options.Add(output);
        var force = OutputTarget.ForceOption();
        command.Options.Add(force);
        command.SetAction(parse =>
        {
            var messages = new Messages(context, global.Verbosity(parse));
            string json = JsonSchemaWriter.Write(FrontMatterSchema.Fields);
            if (parse.GetValue(output) is { } path)
            {
                string full = Path.GetFullPath(Path.Combine(context.WorkingDirectory, path));
                if (OutputTarget.Refused(full, parse.GetValue(force), context, new PathDisplay(context.WorkingDirectory)))
                {
                    return ExitCodes.Failure;
                }

                try
                {
                    AtomicFile.Write(full, System.Text.Encoding.UTF8.GetBytes(json));
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    return messages.Fail($"cannot write '{path}': {ex.Message}");
                }

                messages.Note($"wrote {new PathDisplay(context.WorkingDirectory).Show(full)}");
            }
            else
            {
                context.Output.Write(json);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
