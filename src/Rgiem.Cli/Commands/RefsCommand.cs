using System.CommandLine;
using System.Globalization;
using System.Text;
using Rgiem.Cli.Output;
using Rgiem.Core.Compilation;
using Rgiem.Core.Repository;

namespace Rgiem.Cli.Commands;

/// <summary><c>rgiem refs</c>: the document register of a repository of meetings, and its export as a registry file.</summary>
internal static class RefsCommand
{
    public static Command Create(CliContext context, GlobalOptions global)
    {
        var options = new RegisterOptions();
        var unused = new Option<bool>("--unused") { Description = "Only documents the registry or a documents: list holds that no record cites." };
        var unknown = new Option<bool>("--unknown") { Description = "Only documents cited that neither the registry, a documents: list nor a record of the project knows." };
        var export = new Option<string?>("--export")
        {
            Description = "Write the register as a registry file rgiem check reads (documents.yaml or documents.csv, by the extension) instead of printing it.",
        };
        var command = new Command(
            "refs",
            "List every document the records cite or list: canonical number, title, where it is cited, first and last revision cited.\n\nExamples:\n  rgiem refs samples/rg-iem\n  rgiem refs --unknown --format json .\n  rgiem refs --export documents.yaml .");
        options.AddTo(command);
        command.Options.Add(unused);
        command.Options.Add(unknown);
        command.Options.Add(export);
        var force = OutputTarget.ForceOption();
        command.Options.Add(force);
        command.SetAction(parse =>
        {
            var messages = new Messages(context, global.Verbosity(parse));
            string? target = parse.GetValue(export);
            bool? yaml = target is null ? null : ExportAsYaml(target);
            if (target is not null && yaml is null)
            {
                context.Error.WriteLine($"rgiem: --export '{target}': the file must end in .yaml, .yml or .csv (the registry formats of docs/document-registry.md).");
                return ExitCodes.Failure;
            }

            var compilation = options.Compile(parse, context.WorkingDirectory);
            var documents = compilation.Repositories
                .SelectMany(DocumentRegister.Build)
                .Where(d => (!parse.GetValue(unused) || d.IsUnused) && (!parse.GetValue(unknown) || d.IsUnknown))
                .ToList();
            if (target is not null)
            {
                string full = Path.GetFullPath(Path.Combine(context.WorkingDirectory, target));
                string text = yaml == true ? RegistryExport.Yaml(documents) : RegistryExport.Csv(documents);
                if (OutputTarget.Refused(full, parse.GetValue(force), context, new PathDisplay(context.WorkingDirectory)))
                {
                    return ExitCodes.Failure;
                }

                try
                {
                    AtomicFile.Write(full, new UTF8Encoding(false).GetBytes(text));
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    context.Error.WriteLine($"rgiem: cannot write '{target}': {ex.Message}");
                    return ExitCodes.Failure;
                }

                messages.Note(string.Create(CultureInfo.InvariantCulture, $"wrote {target} ({documents.Count} document(s))"));
            }
            else
            {
                DocumentRegisterWriter.Write(documents, parse.GetValue(options.Format), context.Output);
            }

            return RegisterRun.ReportErrors(compilation, context.Error);
        });
        return command;
    }

    private static bool? ExportAsYaml(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".yaml" or ".yml" => true,
        ".csv" => false,
        _ => null,
    };
}
