using System.CommandLine;
using Rgiem.Cli.Output;
using Rgiem.Cli.Rendering;
using Rgiem.Core.Build;
using Rgiem.Core.Caching;
using Rgiem.Core.Compilation;
using Rgiem.Core.Diagnostics;
using Rgiem.Docx;

namespace Rgiem.Cli.Commands;

/// <summary>
/// <c>rgiem preview FILE</c>: render the first pages of a record (or of a .docx or .pdf) to PNG images, through
/// LibreOffice (DOCX → PDF) and pdftoppm (PDF → PNG), to look at a report without Word.
/// </summary>
internal static class PreviewCommand
{
    public static Command Create(CliContext context, GlobalOptions global)
    {
        var file = new Argument<string>("file")
        {
            Description = "A meeting record (.md), a Word document (.docx) or a PDF.",
        };
        var pages = new Option<int>("--pages")
        {
            Description = "How many pages to render, from the first.",
            HelpName = "n",
            DefaultValueFactory = _ => 1,
        };
        var dpi = new Option<int>("--dpi")
        {
            Description = "Resolution of the images in dots per inch.",
            HelpName = "dpi",
            DefaultValueFactory = _ => 100,
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Folder for the images (default: the project's output folder for a record, else the file's folder).",
            HelpName = "dir",
        };
        pages.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 500)
            {
                result.AddError("--pages must be between 1 and 500.");
            }
        });
        dpi.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 20 or > 600)
            {
                result.AddError("--dpi must be between 20 and 600.");
            }
        });
        var command = new Command(
            "preview",
            """
            Render the first pages of a report to PNG images (<name>-page1.png…), to see it without Word. A record is
            checked and built first; needs LibreOffice (soffice) and Poppler (pdftoppm).

            Examples:
              rgiem preview records/2025-03-10-rg-example.md
              rgiem preview out/TSAG-TD521.docx --pages 3 -o previews
            """);
        command.Arguments.Add(file);
        command.Options.Add(pages);
        command.Options.Add(dpi);
        command.Options.Add(output);
        command.SetAction(parse =>
        {
            var messages = new Messages(context, global.Verbosity(parse));
            var display = new PathDisplay(context.WorkingDirectory);
            string given = parse.GetValue(file)!;
            string full = Path.GetFullPath(Path.Combine(context.WorkingDirectory, given));
            if (!File.Exists(full))
            {
                return Finish(new RunReport([Diagnostic.Create(LoadDescriptors.PathNotFound, SourceLocation.None, given)], new Dictionary<string, Core.Text.SourceText>(), [], 0, "preview"), context, messages);
            }

            string? outputDirectory = parse.GetValue(output) is { } dir ? Path.GetFullPath(Path.Combine(context.WorkingDirectory, dir)) : null;
            string extension = Path.GetExtension(full).ToLowerInvariant();
            using var work = new TemporaryFolder("preview");
            RunReport report;
            string pdf;
            string stem;
            if (extension == ".pdf")
            {
                report = new RunReport([], new Dictionary<string, Core.Text.SourceText>(), [], 0, "preview");
                pdf = full;
                stem = Path.GetFileNameWithoutExtension(full);
                outputDirectory ??= Path.GetDirectoryName(full)!;
            }
            else
            {
                string docx;
                if (extension == ".docx")
                {
                    report = new RunReport([], new Dictionary<string, Core.Text.SourceText>(), [], 0, "preview");
                    docx = full;
                    outputDirectory ??= Path.GetDirectoryName(full)!;
                }
                else
                {
                    var request = new BuildRequest(new CompilationOptions([given], context.WorkingDirectory), ScratchOutput: work.Combine("docx"));
                    var outcome = Builder.Run(request, new DocxRenderer(new DocxRenderOptions()), NullBuildCache.Instance, NullBuildProgress.Instance);
                    outputDirectory ??= (outcome.Discovery.Files.Count > 0 ? outcome.Discovery.Files[0].Project.OutputDirectory : null) ?? Path.GetDirectoryName(full)!;
                    report = RunReport.From(outcome, context.WorkingDirectory, "preview") with { Written = [] };
                    if (outcome.Written!.Written.Count == 0)
                    {
                        return Finish(report, context, messages);
                    }

                    docx = outcome.Written.Written[0].FullPath;
                }

                stem = Path.GetFileNameWithoutExtension(docx);
                if (LibreOffice.Find(context.GetEnvironmentVariable) is not { } libreOffice)
                {
                    return Finish(With(report, Diagnostic.Create(ToolDescriptors.ProgramNotFound, SourceLocation.None, LibreOffice.Name, "a preview", LibreOffice.InstallHint)), context, messages);
                }

                pdf = work.Combine(stem + ".pdf");
                string? error;
                using (var progress = new Progress(context.Error, context.Terminal.SupportsProgress && messages.Verbosity != Verbosity.Quiet))
                {
                    progress.Report($"converting {display.Show(docx)} to PDF with LibreOffice…");
                    error = libreOffice.ConvertToPdf(docx, pdf);
                }

                if (error is not null)
                {
                    return Finish(With(report, Diagnostic.Create(ToolDescriptors.ConversionFailed, SourceLocation.FileOnly(display.Show(full)), LibreOffice.Name, display.Show(full), error)), context, messages);
                }
            }

            if (Poppler.Find(context.GetEnvironmentVariable) is not { } poppler)
            {
                return Finish(With(report, Diagnostic.Create(ToolDescriptors.ProgramNotFound, SourceLocation.None, Poppler.Name, "a preview", Poppler.InstallHint)), context, messages);
            }

            var (images, failure) = poppler.Render(pdf, outputDirectory, stem, parse.GetValue(pages), parse.GetValue(dpi));
            if (failure is not null)
            {
                return Finish(With(report, Diagnostic.Create(ToolDescriptors.ConversionFailed, SourceLocation.FileOnly(display.Show(full)), Poppler.Name, display.Show(full), failure)), context, messages);
            }

            var written = images.Select(path => new WrittenOutput(display.Show(full), path, display.Show(path), new FileInfo(path).Length)).ToList();
            return Finish(report with { Written = written }, context, messages);
        });
        return command;
    }

    private static RunReport With(RunReport report, Diagnostic diagnostic) => report with { Diagnostics = [.. report.Diagnostics, diagnostic] };

    private static int Finish(RunReport report, CliContext context, Messages messages) =>
        CommonOptions.Finish(report, OutputFormat.Human, context, messages);
}
