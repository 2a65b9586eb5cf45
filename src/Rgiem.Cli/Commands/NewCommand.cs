using System.CommandLine;
using Rgiem.Cli.Scaffolding;
using Rgiem.Core.Compilation;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Project;

namespace Rgiem.Cli.Commands;

/// <summary><c>rgiem new meeting</c>: add a dated record to the project, from the defaults of its rgiem.yaml.</summary>
internal static class NewCommand
{
    private static readonly string[] RequiredDefaults = ["group", "parent", "study-period", "source", "contacts"];

    public static Command Create(CliContext context, GlobalOptions global)
    {
        var command = new Command(
            "new",
            """
            Add a file to the project.

            Example:
              rgiem new meeting --date 2025-06-02
            """);
        command.Subcommands.Add(CreateMeeting(context, global));
        return command;
    }

    private static Command CreateMeeting(CliContext context, GlobalOptions global)
    {
        var scaffold = new ScaffoldOptions();
        var command = new Command(
            "meeting",
            """
            Add a meeting record, <date>-<group>.md, to the records folder of the project (the nearest rgiem.yaml at
            or above the current folder), with the meeting's date and place and an outline of the report; group,
            parent body, study period, source and contacts come from the defaults in rgiem.yaml.

            Examples:
              rgiem new meeting                                 a record dated today
              rgiem new meeting --date 2025-06-02 --place Virtual
            """);
        scaffold.AddTo(command);
        command.SetAction(parse =>
        {
            var messages = new Messages(context, global.Verbosity(parse));
            var display = new PathDisplay(context.WorkingDirectory);
            if (ProjectLoader.FindConfig(context.WorkingDirectory) is null)
            {
                return messages.Fail("there is no rgiem.yaml in this folder or above it. Run 'rgiem init' to set up a project, or cd into one.");
            }

            if (scaffold.ReadDate(parse, context.Today, out string? dateError) is not { } date)
            {
                return messages.Fail(dateError!);
            }

            var bag = new DiagnosticBag();
            var project = ProjectLoader.Load(context.WorkingDirectory, display.Show, bag);
            if (bag.HasErrors)
            {
                foreach (var diagnostic in bag.ToList())
                {
                    context.Error.WriteLine(diagnostic.ToString());
                }

                return messages.Fail("fix rgiem.yaml first: the new record takes its defaults from it.");
            }

            var defaults = project.Defaults?.Values;
            string group = defaults?.Text("group") ?? ScaffoldSettings.DefaultGroup;
            string parent = defaults?.Text("parent") ?? ScaffoldSettings.DefaultParent;
            var missing = RequiredDefaults.Where(key => defaults?.Get(key) is null).ToList();
            var settings = new ScaffoldSettings(group, parent, date, parse.GetValue(scaffold.Place) ?? ScaffoldSettings.DefaultPlace);

            string folder = project.RecordDirectories.Count > 0 ? project.RecordDirectories[0] : project.Root;
            string path = Path.Combine(folder, MeetingTemplate.FileName(settings));
            var file = new ScaffoldFile(Path.GetRelativePath(project.Root, path), MeetingTemplate.Next(settings, missing));
            if (File.Exists(path) && !parse.GetValue(scaffold.Force))
            {
                return messages.Fail($"{display.Show(path)} already exists. Choose another --date, or pass --force to overwrite it.");
            }

            if (ScaffoldWriter.Refusals(project.Root, [file], display.Show) is [var refusal, ..])
            {
                return messages.Fail($"{refusal} Choose another --date, or move the record away first.");
            }

            ScaffoldWriter.Write(project.Root, [file]);
            messages.Note($"created {display.Show(path)}");
            return ExitCodes.Success;
        });
        return command;
    }
}
