using System.CommandLine;
using Rgiem.Core.Compilation;
using Rgiem.Core.FrontMatter;

namespace Rgiem.Cli.Commands;

/// <summary><c>rgiem schema [--kind record|project|registry]</c>: print a JSON Schema (front matter, rgiem.yaml or documents.yaml), for editors.</summary>
internal static class SchemaCommand
{
    public static Command Create(CliContext context, GlobalOptions global)
    {
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write the schema to this file instead of standard output.",
            HelpName = "file",
        };
        var kind = new Option<string>("--kind")
        {
            Description = "Which schema: record (the front matter of a record, the default), project (rgiem.yaml) or registry (documents.yaml).",
            HelpName = "record|project|registry",
            DefaultValueFactory = _ => "record",
        };
        kind.AcceptOnlyFromAmong("record", "project", "registry");
        var command = new Command(
            "schema",
            """
            Print a JSON Schema (draft-07) for editor completion and validation with yaml-language-server: of the
            record front matter (the default), of the project file rgiem.yaml, or of the registry documents.yaml.

            Examples:
              rgiem schema
              rgiem schema -o .vscode/rgiem.schema.json
              rgiem schema --kind project -o .vscode/rgiem.project.schema.json
              rgiem schema --kind registry -o .vscode/rgiem.registry.schema.json
            """);
        command.Options.Add(kind);
        command.Options.Add(output);
        var force = OutputTarget.ForceOption();
        command.Options.Add(force);
        command.SetAction(parse =>
        {
            var messages = new Messages(context, global.Verbosity(parse));
            string json = Text(parse.GetValue(kind));
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

    /// <summary>The schema of one kind: <c>record</c>, <c>project</c> or <c>registry</c>.</summary>
    public static string Text(string? kind) => kind switch
    {
        "project" => JsonSchemaWriter.WriteProject(FrontMatterSchema.Fields),
        "registry" => JsonSchemaWriter.WriteRegistry(),
        _ => JsonSchemaWriter.Write(FrontMatterSchema.Fields),
    };
}
