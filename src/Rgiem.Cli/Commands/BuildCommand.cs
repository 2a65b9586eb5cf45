using System.CommandLine;
using Rgiem.Cli.Output;
using Rgiem.Core.Compilation;
using Rgiem.Docx;

namespace Rgiem.Cli.Commands;

/// <summary><c>rgiem build</c>: check every record and write a DOCX for each record without errors.</summary>
internal static class BuildCommand
{
    public static Command Create(CliContext context)
    {
        var common = new CommonOptions();
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Output folder (default: 'output' in rgiem.yaml, else <folder>/out).",
        };
        var validate = new Option<bool>("--validate")
        {
            Description = "Check each document against the Office 2019 schema before writing it.",
        };
        var template = new Option<string?>("--template")
        {
            Description = "A Word template (.dotx or .docx) for every record, instead of the built-in ITU-T template or the records' 'template:'. See docs/templates.md.",
        };
        var command = new Command("build", "Check meeting records and write an ITU-T Word report (.docx) for each record without errors.\n\nExample: rgiem build samples/rg-iem");
        common.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(validate);
        command.Options.Add(template);
        command.SetAction(parse =>
        {
            var options = common.Compilation(parse, context.WorkingDirectory, parse.GetValue(output));
            var compilation = Compiler.Compile(options);
            string? templatePath = parse.GetValue(template) is { Length: > 0 } given ? Path.GetFullPath(Path.Combine(context.WorkingDirectory, given)) : null;
            var renderer = new DocxRenderer(new DocxRenderOptions(Validate: parse.GetValue(validate), Template: templatePath));
            var build = OutputWriter.Write(compilation, renderer, context.WorkingDirectory, otherInputs: templatePath is null ? null : [templatePath]);
            return CommonOptions.Finish(RunReport.From(compilation, build, "build"), parse.GetValue(common.Format), context);
        });
        return command;
    }
}
