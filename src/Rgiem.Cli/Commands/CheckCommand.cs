using System.CommandLine;
using System.Diagnostics;
using System.Text;
using Rgiem.Cli.Output;
using Rgiem.Core.Compilation;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.FileSystem;
using Rgiem.Core.Fixing;

namespace Rgiem.Cli.Commands;

/// <summary><c>rgiem check</c>: run every check and write nothing; with <c>--fix</c>, renumber actions and rewrite clause 0.</summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context, GlobalOptions global)
    {
        var common = new CommonOptions();
        var fix = new Option<bool>("--fix")
        {
            Description = "Renumber action items 1..N in body order and rewrite the clause-0 action list from the body, in place; then check again.",
        };
        var command = new Command(
            "check",
            """
            Check meeting records (front matter, clauses, actions, references, dates, statistics) without writing documents.

            Examples:
              rgiem check                                   check the project in this folder
              rgiem check --format github                   annotations for a GitHub Actions pull request
              rgiem check --format sarif > rgiem.sarif      a SARIF log for GitHub code scanning
              rgiem check --final --warnaserror records/    is every record ready for submission?
              rgiem check --fix records/2025-03-10-rg-example.md
            """);
        common.AddTo(command);
        command.Options.Add(fix);
        command.SetAction(parse =>
        {
            var messages = new Messages(context, global.Verbosity(parse));
            var options = common.Compilation(parse, context.WorkingDirectory);
            var watch = Stopwatch.StartNew();
            // --fix rewrites records from their bound form; a plain check keeps only each record's facts (flat memory, less for
            // the collector to copy: issue 21).
            bool fixing = parse.GetValue(fix);
            var compilation = Compiler.Compile(options with { Keep = fixing ? RecordRetention.Whole : RecordRetention.Facts });
            messages.Detail($"checked {compilation.Records.Count} record(s) in {watch.ElapsedMilliseconds} ms");
            bool fixFailed = false;
            if (fixing && ApplyFixes(compilation, messages, context, out fixFailed) > 0)
            {
                compilation = Compiler.Compile(options with { Keep = RecordRetention.Facts });
            }

            int code = CommonOptions.Finish(RunReport.From(compilation, null, "check"), parse.GetValue(common.Format), context, messages, compilation.Skipped, common.SarifPath(parse));
            return fixFailed ? Math.Max(code, ExitCodes.Errors) : code;
        });
        return command;
    }

    private static int ApplyFixes(CompilationResult compilation, Messages messages, CliContext context, out bool failed)
    {
        int fixedFiles = 0;
        failed = false;
        var policy = new WritePolicy(force: false, display: new PathDisplay(context.WorkingDirectory).Show);
        foreach (var record in compilation.Records)
        {
            if (record.Bound is null || ActionFixer.Fix(record.Bound) is not { } result)
            {
                continue;
            }

            var location = SourceLocation.FileOnly(record.DisplayPath);
            var refusal = policy.CheckFix(record.FullPath, location);
            if (refusal is null)
            {
                try
                {
                    // In place, so that the record keeps its mode, owner and hard links.
                    AtomicFile.Rewrite(record.FullPath, new UTF8Encoding(false).GetBytes(result.Text));
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    string reason = ex is UnauthorizedAccessException
                        ? "it is read-only or not yours (permission denied); make it writable to let --fix rewrite it"
                        : ex.Message;
                    refusal = Diagnostic.Create(LoadDescriptors.CannotWrite, location, record.DisplayPath, reason);
                }
            }

            if (refusal is not null)
            {
                context.Error.WriteLine($"{record.DisplayPath}: error {refusal.Id}: {refusal.Message}");
                failed = true;
                continue;
            }

            fixedFiles++;
            foreach (string change in result.Changes)
            {
                messages.Note($"fixed {record.DisplayPath}: {change}");
            }
        }

        return fixedFiles;
    }
}
