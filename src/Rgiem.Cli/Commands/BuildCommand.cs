using System.CommandLine;
using System.Diagnostics;
using Rgiem.Cli.Output;
using Rgiem.Cli.Rendering;
using Rgiem.Core.Build;
using Rgiem.Core.Caching;
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
        var noCache = new Option<bool>("--no-cache")
        {
            Description = "Render every record again, ignoring the build cache (<output>/.rgiem-cache), and do not update it.",
        };
        var watchOption = new Option<bool>("--watch", "-w")
        {
            Description = "Build, then watch the records, includes, rgiem.yaml and templates and build again on each change (only what changed is rendered) until Ctrl+C.",
        };
        var pdf = new Option<bool>("--pdf")
        {
            Description = "Also write <number>.pdf beside each document, converted by LibreOffice (soffice), which must be installed (RG0020 otherwise).",
        };
        var command = new Command(
            "build",
            """
            Check meeting records and write an ITU-T Word report (.docx) for each record without errors.
            Outputs whose inputs did not change are kept (build cache in <output>/.rgiem-cache; see docs/performance.md).

            Examples:
              rgiem build                      build the project in this folder (rgiem.yaml says where records and outputs go)
              rgiem build samples/rg-iem -o out
              rgiem build --watch              build again on every change to a record, until Ctrl+C
              rgiem build --pdf                also write a PDF of each report (needs LibreOffice)
              rgiem build --template group.dotx  build with the group's own Word template
            """);
        common.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(validate);
        command.Options.Add(pdf);
        command.Options.Add(template);
        command.Options.Add(noCache);
        command.Options.Add(watchOption);
        command.SetAction(parse =>
        {
            var messages = new Messages(context, global.Verbosity(parse));
            string? templatePath = parse.GetValue(template) is { Length: > 0 } given ? Path.GetFullPath(Path.Combine(context.WorkingDirectory, given)) : null;
            var options = common.Compilation(parse, context.WorkingDirectory, parse.GetValue(output)) with
            {
                TemplateFromCommandLine = templatePath is not null,
            };
            var settings = new BuildSettings(options, templatePath, parse.GetValue(validate), parse.GetValue(pdf), UseCache: !parse.GetValue(noCache) && !parse.GetValue(pdf));
            var format = parse.GetValue(common.Format);
            if (!parse.GetValue(watchOption))
            {
                var (report, outcome) = BuildOnce(settings, context, messages);
                return CommonOptions.Finish(report, format, context, messages, outcome.Skipped, common.SarifPath(parse));
            }

            return BuildWatcher.Run(context, messages, options, () =>
            {
                var (report, outcome) = BuildOnce(settings, context, messages);
                CommonOptions.Finish(report, format, context, messages, outcome.Skipped, common.SarifPath(parse));
                return (report, outcome.Discovery);
            });
        });
        return command;
    }

    /// <summary>One build (<see cref="Builder"/>), then the PDFs of <c>--pdf</c>.</summary>
    internal static (RunReport Report, BuildOutcome Outcome) BuildOnce(BuildSettings settings, CliContext context, Messages messages)
    {
        var renderer = new DocxRenderer(new DocxRenderOptions(Validate: settings.Validate, Template: settings.Template));
        IBuildCache cache = settings.UseCache ? new OutputFolderCache(CacheSettings(settings), settings.Template is null ? [] : [settings.Template]) : NullBuildCache.Instance;
        BuildOutcome outcome;
        using (var notes = new BuildNotes(context, messages))
        {
            outcome = Builder.Run(new BuildRequest(settings.Options, settings.Template), renderer, cache, notes);
        }

        var report = RunReport.From(outcome, settings.Options.WorkingDirectory, "build");
        return (settings.Pdf ? WithPdfs(report, context, messages) : report, outcome);
    }

    /// <summary>Converts the documents just written to PDF with LibreOffice (<c>--pdf</c>).</summary>
    private static RunReport WithPdfs(RunReport report, CliContext context, Messages messages)
    {
        var watch = Stopwatch.StartNew();
        var documents = report.Written;
        IReadOnlyList<WrittenOutput> pdfs;
        IReadOnlyList<Core.Diagnostics.Diagnostic> problems;
        using (var progress = new Progress(context.Error, context.Terminal.SupportsProgress && messages.Verbosity != Verbosity.Quiet))
        {
            (pdfs, problems) = PdfExport.Write(documents, documents.Count == 0 ? null : LibreOffice.Find(context.GetEnvironmentVariable), context.WorkingDirectory, progress);
        }

        messages.Detail($"converted {pdfs.Count} document(s) to PDF in {watch.ElapsedMilliseconds} ms");
        return report with
        {
            Written = [.. report.Written, .. pdfs],
            Diagnostics = [.. report.Diagnostics, .. problems],
        };
    }

    /// <summary>
    /// What the outputs depend on besides the files: this build of rgiem (its version and the identity of its
    /// assemblies, which changes with every change to the code) and the renderer's options.
    /// </summary>
    private static string CacheSettings(BuildSettings settings) =>
        string.Join(
            '\n',
            ToolInfo.Version,
            ModuleId(typeof(Compiler)),
            ModuleId(typeof(DocxRenderer)),
            ModuleId(typeof(BuildCommand)),
            "validate=" + settings.Validate,
            "template=" + settings.Template);

    private static string ModuleId(Type type)
    {
        try
        {
            return type.Assembly.ManifestModule.ModuleVersionId.ToString();
        }
        catch (NotSupportedException)
        {
            return type.Assembly.FullName ?? string.Empty;
        }
    }

}
