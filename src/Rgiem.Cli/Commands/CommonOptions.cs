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

    /// <summary>Prints the report and returns its exit code; with <c>--verbose</c>, the skipped files first.</summary>
    public static int Finish(RunReport report, OutputFormat format, CliContext context, Messages messages, IReadOnlyList<string>? skipped = null)
    {
        foreach (string path in skipped ?? [])
        {
            messages.Detail($"skipped {path}: no front matter, not a record");
        }

        ReportWriters.For(format, context.Terminal.SupportsColor, context.WorkingDirectory, messages.Verbosity).Write(report, context.Output, context.Error);
        return report.ExitCode;
    }
}
