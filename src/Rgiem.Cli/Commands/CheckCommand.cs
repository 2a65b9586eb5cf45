using System.CommandLine;
using Rgiem.Cli.Output;
using Rgiem.Core.Compilation;

namespace Rgiem.Cli.Commands;

/// <summary><c>rgiem check</c>: run every check and write nothing.</summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var common = new CommonOptions();
        var command = new Command("check", "Check meeting records (front matter, clauses, actions, references, dates, statistics) without writing documents.\n\nExample: rgiem check --format msbuild samples/rg-iem");
        common.AddTo(command);
        command.SetAction(parse =>
        {
            var compilation = Compiler.Compile(common.Compilation(parse, context.WorkingDirectory));
            return CommonOptions.Finish(RunReport.From(compilation, null, "check"), parse.GetValue(common.Format), context);
        });
        return command;
    }
}
