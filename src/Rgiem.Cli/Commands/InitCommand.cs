using System.CommandLine;
using Rgiem.Cli.Output;
using Rgiem.Cli.Scaffolding;
using Rgiem.Core.Compilation;

namespace Rgiem.Cli.Commands;

/// <summary><c>rgiem init [DIR]</c>: scaffold a repository of meeting records that builds and checks as it is.</summary>
internal static class InitCommand
{
    public static Command Create(CliContext context, GlobalOptions global)
    {
        var directory = new Argument<string?>("dir")
        {
            Description = "The folder to set up (default: the current folder); created if it does not exist.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var group = new Option<string>("--group")
        {
            Description = "The rapporteur group whose meetings the records report, e.g. RG-IEM. Also the prefix of its action items.",
            HelpName = "name",
            DefaultValueFactory = _ => ScaffoldSettings.DefaultGroup,
        };
        var scaffold = new ScaffoldOptions();
        var command = new Command(
            "init",
            """
            Set up a repository of meeting records: rgiem.yaml, a first record in records/, a documents.yaml registry,
            a .gitignore for out/, a GitHub Actions workflow (check on pull requests, build on main), the tool manifest
            .config/dotnet-tools.json and VS Code settings with the front matter schema. It builds and checks as it is.
            Existing files are never overwritten unless --force is given; an existing .gitignore gets the lines it
            lacks and an existing .vscode/settings.json the keys it lacks (its own are kept, even with --force).

            Examples:
              rgiem init                                  set up the current folder
              rgiem init minutes --group RG-IEM           set up ./minutes for RG-IEM
              rgiem init --date 2025-03-10                date the first record
            """);
        command.Arguments.Add(directory);
        command.Options.Add(group);
        scaffold.AddTo(command);
        command.SetAction(parse =>
        {
            var messages = new Messages(context, global.Verbosity(parse));
            var display = new PathDisplay(context.WorkingDirectory);
            string root = Path.GetFullPath(Path.Combine(context.WorkingDirectory, parse.GetValue(directory) ?? "."));
            if (File.Exists(root))
            {
                return messages.Fail($"'{display.Show(root)}' is a file; pass a folder to rgiem init.");
            }

            string name = parse.GetValue(group) ?? ScaffoldSettings.DefaultGroup;
            if (!ScaffoldOptions.IsIdentifier(name))
            {
                return messages.Fail($"'{name}' is not a group name; use letters, digits and hyphens starting with a letter, e.g. --group RG-IEM.");
            }

            if (scaffold.ReadDate(parse, context.Today, out string? dateError) is not { } date)
            {
                return messages.Fail(dateError!);
            }

            var settings = new ScaffoldSettings(name, ScaffoldSettings.DefaultParent, date, parse.GetValue(scaffold.Place) ?? ScaffoldSettings.DefaultPlace);
            var files = ProjectTemplate.Files(settings, ToolInfo.Version);
            var existing = ScaffoldWriter.Existing(root, files);
            bool force = parse.GetValue(scaffold.Force);
            if (existing.Count > 0 && !force)
            {
                foreach (var file in existing)
                {
                    context.Error.WriteLine($"rgiem: {display.Show(ScaffoldWriter.FullPath(root, file))} already exists");
                }

                return messages.Fail("init wrote nothing, so as not to overwrite the files above. Move them away, or pass --force to overwrite them.");
            }

            if (ScaffoldWriter.Refusals(root, existing, display.Show) is { Count: > 0 } refusals)
            {
                foreach (string refusal in refusals)
                {
                    context.Error.WriteLine("rgiem: " + refusal);
                }

                return messages.Fail("init wrote nothing: the files above are inputs of a project, which rgiem never replaces, even with --force. Move them away first.");
            }

            foreach (var (path, action) in ScaffoldWriter.Write(root, files))
            {
                messages.Note(action == "kept"
                    ? $"kept {display.Show(path)}: it is not a JSON object rgiem can read, so the yaml.schemas entries of docs/getting-started.md were not added to it"
                    : $"{action} {display.Show(path)}");
            }

            messages.Note(string.Empty);
            messages.Note("Next:");
            if (root != Path.GetFullPath(context.WorkingDirectory))
            {
                messages.Note($"  cd {display.Show(root)}");
            }

            messages.Note($"  edit rgiem.yaml (group, contacts) and {Path.GetRelativePath(root, ScaffoldWriter.FullPath(root, files[2])).Replace('\\', '/')}");
            messages.Note("  rgiem check     check the records");
            messages.Note("  rgiem build     write the Word reports into out/");
            return ExitCodes.Success;
        });
        return command;
    }
}
