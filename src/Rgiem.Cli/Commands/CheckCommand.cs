using System.CommandLine;
using System.Text;
using Rgiem.Cli.Output;
using Rgiem.Core.Compilation;
using Rgiem.Core.Fixing;

namespace Rgiem.Cli.Commands;

/// <summary><c>rgiem check</c>: run every check and write nothing; with <c>--fix</c>, renumber actions and rewrite clause 0.</summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var common = new CommonOptions();
        var fix = new Option<bool>("--fix")
        {
            Description = "Renumber action items 1..N in body order and rewrite the clause-0 action list from the body, in place; then check again.",
        };
        var command = new Command("check", "Check meeting records (front matter, clauses, actions, references, dates, statistics) without writing documents.\n\nExamples:\n  rgiem check samples/rg-iem\n  rgiem check --format msbuild --warnaserror .\n  rgiem check --fix report.md");
        common.AddTo(command);
        command.Options.Add(fix);
        command.SetAction(parse =>
        {
            var options = common.Compilation(parse, context.WorkingDirectory);
            var compilation = Compiler.Compile(options);
            if (parse.GetValue(fix) && ApplyFixes(compilation, context) > 0)
            {
                compilation = Compiler.Compile(options);
            }

            return CommonOptions.Finish(RunReport.From(compilation, null, "check"), parse.GetValue(common.Format), context);
        });
        return command;
    }

    private static int ApplyFixes(CompilationResult compilation, CliContext context)
    {
        int fixedFiles = 0;
        foreach (var record in compilation.Records)
        {
            if (record.Bound is null || ActionFixer.Fix(record.Bound) is not { } result)
            {
                continue;
            }

            AtomicFile.Write(record.FullPath, new UTF8Encoding(false).GetBytes(result.Text));
            fixedFiles++;
            foreach (string change in result.Changes)
            {
                context.Error.WriteLine($"fixed {record.DisplayPath}: {change}");
            }
        }

        return fixedFiles;
    }
}
