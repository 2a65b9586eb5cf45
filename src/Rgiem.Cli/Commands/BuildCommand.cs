using System.CommandLine;
using System.Diagnostics;
using Rgiem.Cli.Output;
using Rgiem.Cli.Rendering;
using Rgiem.Core.Compilation;
using Rgiem.Docx;

namespace Rgiem.Cli.Commands;

/// <summary><c>rgiem build</c>: check every record and write a DOCX (and with <c>--pdf</c> a PDF) for each record without errors.</summary>
internal static class BuildCommand
{
    public static Command Create(CliContext context, GlobalOptions global)
    {
        var common = new CommonOptions();
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Output folder (default: 'output' in rgiem.yaml, else <folder>/out).",
            HelpName = "dir",
        };
        var validate = new Option<bool>("--validate")
        {
            Description = "Check each document against the Office 2019 schema before writing it.",
        };
        var template = new Option<string?>("--template")
        {
            Description = "A Word template (.dotx or .docx) for every record, instead of the built-in ITU-T template or the records' 'template:'. See docs/templates.md.",
        };
        var pdf = new Option<bool>("--pdf")
        {
            Description = "Also write <number>.pdf beside each document, converted by LibreOffice (soffice), which must be installed (RG0020 otherwise).",
        };
        var command = new Command(
            "build",
            """
            Check meeting records and write an ITU-T Word report (.docx) for each record without errors.

            Examples:
              rgiem build                      build the project in this folder (rgiem.yaml says where records and outputs go)
              rgiem build samples/rg-iem -o out
              rgiem build --pdf                also write a PDF of each report (needs LibreOffice)
              rgiem build --template group.dotx  build with the group's own Word template
            """);
        common.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(validate);
        command.Options.Add(pdf);
        command.Options.Add(template);
        command.SetAction(parse =>
        {
            var messages = new Messages(context, global.Verbosity(parse));
            var options = common.Compilation(parse, context.WorkingDirectory, parse.GetValue(output)) with
            {
                TemplateFromCommandLine = parse.GetValue(template) is { Length: > 0 },
            };
            var watch = Stopwatch.StartNew();
            var compilation = Compiler.Compile(options);
            messages.Detail($"checked {compilation.Records.Count} record(s) in {watch.ElapsedMilliseconds} ms");

            watch.Restart();
            string? templatePath = parse.GetValue(template) is { Length: > 0 } given ? Path.GetFullPath(Path.Combine(context.WorkingDirectory, given)) : null;
            var renderer = new DocxRenderer(new DocxRenderOptions(Validate: parse.GetValue(validate), Template: templatePath));
            var build = OutputWriter.Write(compilation, renderer, context.WorkingDirectory, otherInputs: templatePath is null ? null : [templatePath]);
            messages.Detail($"rendered and wrote {build.Written.Count} document(s) in {watch.ElapsedMilliseconds} ms");
            var report = RunReport.From(compilation, build, "build");

            if (parse.GetValue(pdf))
            {
                watch.Restart();
                var documents = build.Written;
                IReadOnlyList<WrittenOutput> pdfs;
                IReadOnlyList<Core.Diagnostics.Diagnostic> problems;
                using (var progress = new Progress(context.Error, context.Terminal.SupportsProgress && messages.Verbosity != Verbosity.Quiet))
                {
                    (pdfs, problems) = PdfExport.Write(documents, documents.Count == 0 ? null : LibreOffice.Find(context.GetEnvironmentVariable), context.WorkingDirectory, progress);
                }

                messages.Detail($"converted {pdfs.Count} document(s) to PDF in {watch.ElapsedMilliseconds} ms");
                report = report with
                {
                    Written = [.. report.Written, .. pdfs],
                    Diagnostics = [.. report.Diagnostics, .. problems],
                };
            }

            return CommonOptions.Finish(report, parse.GetValue(common.Format), context, messages, compilation.Skipped);
        });
        return command;
    }
}
