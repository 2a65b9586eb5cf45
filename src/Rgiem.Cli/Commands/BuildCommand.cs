using System.CommandLine;
using System.Diagnostics;
using Rgiem.Cli.Output;
using Rgiem.Cli.Rendering;
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
                var (report, skipped) = BuildOnce(settings, context, messages);
                return CommonOptions.Finish(report, format, context, messages, skipped, common.SarifPath(parse));
            }

            return BuildWatcher.Run(context, messages, options, () =>
            {
                var (report, skipped) = BuildOnce(settings, context, messages);
                CommonOptions.Finish(report, format, context, messages, skipped, common.SarifPath(parse));
                return report;
            });
        });
        return command;
    }

    /// <summary>One build: from the cache when nothing changed, else check everything and render what changed.</summary>
    internal static (RunReport Report, IReadOnlyList<string> Skipped) BuildOnce(BuildSettings settings, CliContext context, Messages messages)
    {
        var options = settings.Options;
        var watch = Stopwatch.StartNew();
        var discovery = Compiler.Discover(options);
        string[] templates = settings.Template is null ? [] : [settings.Template];
        var cache = settings.UseCache ? BuildCache.Open(options, discovery, CacheSettings(settings), templates) : null;
        if (cache?.Unchanged(discovery) is { } manifest)
        {
            messages.Detail($"up to date: {manifest.Records.Count} record(s), nothing changed since the last build ({watch.ElapsedMilliseconds} ms, build cache {PathDisplayOf(context, cache.ManifestPath)})");
            return (RunReport.FromCache(manifest, cache.Diagnostics, context.WorkingDirectory, "build"), manifest.Skipped);
        }

        // Each record is rendered as soon as its own checks pass and only its summary is kept (memory stays flat
        // however many records there are), unless the build cache has its output from the last build: that one is
        // rendered afterwards if its inputs changed after all.
        var renderer = new DocxRenderer(new DocxRenderOptions(Validate: settings.Validate, Template: settings.Template));
        var cached = cache?.Previous?.Records.Select(r => r.FullPath).ToHashSet(StringComparer.Ordinal);
        EarlyRender early = (fullPath, displayPath, bound) => cached?.Contains(fullPath) == true ? null : OutputWriter.RenderBound(renderer, fullPath, displayPath, bound);
        CompilationResult compilation;
        using (var progress = new BuildProgress(context.Error, context.Terminal.SupportsProgress, messages.Verbosity != Verbosity.Quiet, discovery.Files.Count, () => watch.Elapsed))
        {
            compilation = Compiler.Compile(options with { Summarize = true }, discovery, early, progress.RecordDone);
        }

        messages.Detail($"checked {compilation.Records.Count} record(s), rendering {compilation.Records.Count(r => r.Rendered is not null)} of them as they passed, in {watch.ElapsedMilliseconds} ms");

        watch.Restart();
        var build = OutputWriter.Write(compilation, renderer, context.WorkingDirectory, otherInputs: templates, reuse: cache?.Reuse(compilation, templates));
        cache?.Save(discovery, compilation, build);
        messages.Detail($"wrote {build.Written.Count} document(s) in {watch.ElapsedMilliseconds} ms" + (cache is null ? string.Empty : $"; {build.Reused.Count} up to date (build cache)"));
        var report = RunReport.From(compilation, build, "build");
        if (cache is not null && cache.Diagnostics.Count > 0)
        {
            report = report with { Diagnostics = [.. cache.Diagnostics, .. report.Diagnostics] };
        }

        if (settings.Pdf)
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

        return (report, compilation.Skipped);
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

    private static string PathDisplayOf(CliContext context, string path) => new PathDisplay(context.WorkingDirectory).Show(path);
}
