using System.CommandLine;
using Rgiem.Core.Compilation;
using Rgiem.Core.FrontMatter;

namespace Rgiem.Cli.Commands;

/// <summary><c>rgiem schema</c>: print the JSON Schema of the front matter, for yaml-language-server.</summary>
internal static class SchemaCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<string?>("--output", "-o") { Description = "Write the schema to this file instead of standard output." };
        var command = new Command("schema", "Print the JSON Schema of the record front matter (for editor completion with yaml-language-server).\n\nExample: rgiem schema -o .vscode/rgiem.schema.json");
        command.Options.Add(output);
        command.SetAction(parse =>
        {
            string json = JsonSchemaWriter.Write(FrontMatterSchema.Fields);
            if (parse.GetValue(output) is { } path)
            {
                string full = Path.GetFullPath(Path.Combine(context.WorkingDirectory, path));
                AtomicFile.Write(full, System.Text.Encoding.UTF8.GetBytes(json));
                context.Error.WriteLine($"wrote {path}");
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
