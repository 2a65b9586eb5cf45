using System.CommandLine;
using Rgiem.Cli.Output;
using Rgiem.Core.Compilation;
using Rgiem.Core.Validation;

namespace Rgiem.Cli.Commands;

/// <summary>The arguments and options <c>build</c> and <c>check</c> share.</summary>
internal sealed class CommonOptions
{
    public Argument<string[]> Paths { get; } = PathsArgument.Create();

    public Option<OutputFormat> Format { get; } = new("--format")
    {
        Description = "How to print diagnostics: human (the default), msbuild, github (workflow annotations), json or sarif (SARIF 2.1.0). See docs/output-formats.md.",
        HelpName = "human|msbuild|github|json|sarif",
        CustomParser = result => EnumValues.Parse<OutputFormat>(result, "--format"),
    };

    public Option<string?> Sarif { get; } = new("--sarif")
    {
        Description = "Also write the SARIF 2.1.0 log to this file, whatever --format prints (one run: annotations and the log for code scanning).",
        HelpName = "file",
    };

    public Option<bool> WarningsAsErrors { get; } = new("--warnaserror")
    {
        Description = "Treat warnings as errors.",
    };

    public Option<bool> Final { get; } = new("--final")
    {
        Description = "Submission mode: readiness warnings (placeholders such as TBC) become errors and a document number is required.",
    };

    public CommonOptions()
    {
        // Complete the values as they are documented (lower case); parsing ignores case.
        Format.CompletionSources.Clear();
        Format.CompletionSources.Add("human", "msbuild", "github", "json", "sarif");
    }

    public void AddTo(Command command)
    {
        command.Arguments.Add(Paths);
        command.Options.Add(Format);
        command.Options.Add(Sarif);
        command.Options.Add(WarningsAsErrors);
        command.Options.Add(Final);
    }

    public CompilationOptions Compilation(ParseResult parse, string workingDirectory, string? output = null)
    {
        string[] paths = PathsArgument.Values(parse, Paths);
        return new CompilationOptions(
            paths,
            workingDirectory,
            output,
            parse.GetValue(WarningsAsErrors),
            new CheckOptions(Final: parse.GetValue(Final)));
    }

    /// <summary>
    /// Prints the report and returns its exit code; with <c>--verbose</c>, the skipped files first. With
    /// <paramref name="sarifPath"/> (<c>--sarif FILE</c>) the SARIF log is also written to that file; with
    /// <c>--format github</c> and GITHUB_STEP_SUMMARY set, a Markdown summary is appended to the file it names.
    /// </summary>
    public static int Finish(RunReport report, OutputFormat format, CliContext context, Messages messages, IReadOnlyList<string>? skipped = null, string? sarifPath = null)
    {
        foreach (string path in skipped ?? [])
        {
            messages.Detail($"skipped {path}: no front matter, not a record");
        }

        ReportWriters.For(format, context.Terminal.SupportsColor, context.WorkingDirectory, messages.Verbosity).Write(report, context.Output, context.Error);
        int exitCode = report.ExitCode;
        if (sarifPath is { Length: > 0 } && !WriteSarif(report, sarifPath, context, messages))
        {
            exitCode = ExitCodes.Failure;
        }

        if (format == OutputFormat.GitHub && context.GetEnvironmentVariable(StepSummary.Variable) is { Length: > 0 } summary && !StepSummary.Append(summary, report, messages.Verbosity, context.WorkingDirectory, out string? problem))
        {
            messages.Fail($"cannot write the step summary to {summary} ({StepSummary.Variable}): {problem}");
            exitCode = ExitCodes.Failure;
        }

        return exitCode;
    }

    /// <summary>The value of <c>--sarif</c>, or null.</summary>
    public string? SarifPath(ParseResult parse) => parse.GetValue(Sarif);

    private static bool WriteSarif(RunReport report, string path, CliContext context, Messages messages)
    {
        string full = Path.GetFullPath(Path.Combine(context.WorkingDirectory, path));
        using var log = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        new SarifReportWriter(context.WorkingDirectory, Verbosity.Quiet).Write(report, log, TextWriter.Null);
        try
        {
            AtomicFile.Write(full, new System.Text.UTF8Encoding(false).GetBytes(log.ToString()), flushToDisk: false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            messages.Fail($"cannot write the SARIF log {path}: {ex.Message}");
            return false;
        }

        messages.Note($"wrote {new PathDisplay(context.WorkingDirectory).Show(full)}");
        return true;
    }
}
