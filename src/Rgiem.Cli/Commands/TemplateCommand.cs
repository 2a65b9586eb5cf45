using System.CommandLine;
using Rgiem.Cli.Output;
using Rgiem.Core.Compilation;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Model;
using Rgiem.Core.Project;
using Rgiem.Core.Text;
using Rgiem.Docx.Templates;

namespace Rgiem.Cli.Commands;

/// <summary>
/// <c>rgiem template export [PATH]</c> writes the built-in ITU-T template (.dotx) to restyle;
/// <c>rgiem template check PATH</c> lints a template: what a build would refuse, missing styles, unknown placeholders.
/// </summary>
internal static class TemplateCommand
{
    public static Command Create(CliContext context, GlobalOptions global)
    {
        var command = new Command("template", "Work with Word templates: export the built-in ITU-T template, or check a template before building with it. See docs/templates.md.\n\nExamples:\n  rgiem template export group.dotx\n  rgiem template check group.dotx\n  rgiem build --template group.dotx");
        command.Subcommands.Add(Export(context, global));
        command.Subcommands.Add(Check(context, global));
        return command;
    }

    private static Command Export(CliContext context, GlobalOptions global)
    {
        var path = new Argument<string?>("path")
        {
            Description = "Where to write the template (default: itu-t.dotx, or itu-t-<type>.dotx, in the current folder). A folder gets the default name.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var type = new Option<string>("--type")
        {
            Description = "The cover to export: " + string.Join(", ", DocumentForms.Names) + " (default TD).",
            DefaultValueFactory = _ => "TD",
        };
        type.AcceptOnlyFromAmong([.. DocumentForms.Names]);
        var command = new Command("export", "Write the built-in ITU-T template (.dotx): styles, numbering, page, headers and a cover of {{field}} markers. Restyle it in Word or LibreOffice and build with --template.\n\nExample: rgiem template export templates/group.dotx");
        command.Arguments.Add(path);
        command.Options.Add(type);
        var force = OutputTarget.ForceOption();
        command.Options.Add(force);
        command.SetAction(parse =>
        {
            var documentType = DocumentForms.Find(parse.GetValue(type))!.Type;
            string target = Path.GetFullPath(Path.Combine(context.WorkingDirectory, parse.GetValue(path) ?? BuiltInTemplate.FileName(documentType)));
            if (Directory.Exists(target))
            {
                target = Path.Combine(target, BuiltInTemplate.FileName(documentType));
            }

            if (OutputTarget.Refused(target, parse.GetValue(force), context, new PathDisplay(context.WorkingDirectory)))
            {
                return ExitCodes.Failure;
            }

            try
            {
                AtomicFile.Write(target, BuiltInTemplate.Export(documentType));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                context.Error.WriteLine($"rgiem: error {LoadDescriptors.CannotWrite.Id}: " + LoadDescriptors.CannotWrite.FormatMessage(new PathDisplay(context.WorkingDirectory).Show(target), ex.Message));
                return ExitCodes.Failure;
            }

            if (global.Verbosity(parse) != Verbosity.Quiet)
            {
                context.Output.WriteLine("wrote " + new PathDisplay(context.WorkingDirectory).Show(target));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Check(CliContext context, GlobalOptions global)
    {
        var path = new Argument<string>("path") { Description = "The template to check (.dotx or .docx)." };
        var format = new CommonOptions().Format;
        var command = new Command("check", "Check a Word template: refuses macro-enabled, linked, corrupt and oversized files (as build would), and lists missing styles and unknown placeholders. The style map comes from the rgiem.yaml above the template.\n\nExample: rgiem template check templates/group.dotx");
        command.Arguments.Add(path);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            var display = new PathDisplay(context.WorkingDirectory);
            string full = Path.GetFullPath(Path.Combine(context.WorkingDirectory, parse.GetValue(path)!));
            if (!File.Exists(full))
            {
                context.Error.WriteLine($"rgiem: error {LoadDescriptors.PathNotFound.Id}: " + LoadDescriptors.PathNotFound.FormatMessage(parse.GetValue(path)));
                return ExitCodes.Failure;
            }

            var projectDiagnostics = new DiagnosticBag();
            var project = ProjectLoader.Load(Path.GetDirectoryName(full)!, display.Show, projectDiagnostics);
            var report = TemplateChecker.Check(full, display.Show(full), project.Styles);
            var diagnostics = new SeverityPolicy(project.RuleOverrides).Apply(projectDiagnostics.ToList().Concat(report.Diagnostics));
            var run = new RunReport(diagnostics, new Dictionary<string, SourceText>(), [], 0, "template check");
            if (parse.GetValue(format) == OutputFormat.Human)
            {
                foreach (string placeholder in report.Placeholders)
                {
                    context.Output.WriteLine("placeholder " + placeholder);
                }
            }

            return CommonOptions.Finish(run, parse.GetValue(format), context, new Messages(context, global.Verbosity(parse)));
        });
        return command;
    }
}
