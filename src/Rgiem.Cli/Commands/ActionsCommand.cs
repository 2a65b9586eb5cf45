using System.CommandLine;
using Rgiem.Cli.Output;
using Rgiem.Core.Repository;

namespace Rgiem.Cli.Commands;

/// <summary><c>rgiem actions</c>: the action register of a repository of meetings.</summary>
internal static class ActionsCommand
{
    public static Command Create(CliContext context, GlobalOptions global)
    {
        var options = new RegisterOptions();
        var command = new Command(
            "actions",
            "List every action of every meeting (ID, meeting, date, target body, text, status from action-status), in date order.\n\nExamples:\n  rgiem actions samples/rg-iem\n  rgiem actions --format csv . > actions.csv");
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var messages = new Messages(context, global.Verbosity(parse));
            var compilation = options.Compile(parse, context.WorkingDirectory);
            messages.Detail($"read {compilation.Records.Count} record(s)");
            var actions = compilation.Repositories.SelectMany(ActionRegister.Build).ToList();
            ActionRegisterWriter.Write(actions, parse.GetValue(options.Format), context.Output);
            return RegisterRun.ReportErrors(compilation, context.Error);
        });
        return command;
    }
}
