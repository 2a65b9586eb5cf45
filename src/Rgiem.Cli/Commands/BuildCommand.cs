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
        var command = new Command("build", "Check meeting records and write an ITU-T Word report (.docx) for each record without errors.\n\nExample: rgiem build samples/rg-iem");
        common.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(validate);
        command.SetAction(parse =>
        {
            var options = common.Compilation(parse, context.WorkingDirectory, parse.GetValue(output));
            var compilation = Compiler.Compile(options);
            var renderer = new DocxRenderer(new DocxRenderOptions(Validate: parse.GetValue(validate)));
            var build = OutputWriter.Write(compilation, renderer, context.WorkingDirectory);
            return CommonOptions.Finish(RunReport.From(compilation, build, "build"), parse.GetValue(common.Format), context);
        });
        return command;
    }
}
