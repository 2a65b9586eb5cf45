using System.CommandLine;
using System.Globalization;
using Rgiem.Cli.Output;
using Rgiem.Core.Compilation;
using Rgiem.Core.Delta;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Text;
using Rgiem.Docx.Delta;

namespace Rgiem.Cli.Commands;

/// <summary>
/// <c>rgiem delta</c>: the new version of a text rendered in the house style with every change from the old
/// version as a Word revision, or as CriticMarkup with <c>--format md</c>. The versions are two files, or one
/// file at two git revisions.
/// </summary>
internal static class DeltaCommand
{
    public static Command Create(CliContext context, GlobalOptions global)
    {
        var oldPath = new Argument<string>("old")
        {
            Description = "The old version (a record or any Markdown file); with --from, the file whose revisions are compared.",
        };
        var newPath = new Argument<string?>("new")
        {
            Description = "The new version. Not given with --from.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var from = new Option<string?>("--from")
        {
            Description = "Compare the file as it was at this git revision (commit, branch, tag, HEAD~1) with the file as it is now, or at --to.",
            HelpName = "rev",
        };
        var to = new Option<string?>("--to")
        {
            Description = "With --from: the git revision of the new version (default: the file in the working tree).",
            HelpName = "rev",
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "The file to write (default: <new>.delta.docx, or standard output with --format md).",
            HelpName = "file",
        };
        var format = new Option<string>("--format")
        {
            Description = "docx (Word revision marks, the default) or md (CriticMarkup {++ ++} / {-- --}, for pull-request comments).",
            HelpName = "docx|md",
            DefaultValueFactory = _ => "docx",
        };
        format.AcceptOnlyFromAmong("docx", "md");
        var author = new Option<string?>("--author")
        {
            Description = "The author of the revisions (default: the new version's first contact, else its source, else 'rgiem').",
            HelpName = "name",
        };
        var date = new Option<string?>("--date")
        {
            Description = "The date of the revisions, yyyy-mm-dd (default: the new version's 'date', else its meeting's first day; never the clock).",
            HelpName = "yyyy-mm-dd",
        };
        date.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                result.AddError($"--date '{value}' is not a date: write it yyyy-mm-dd, e.g. 2024-07-30.");
            }
        });

        var command = new Command(
            "delta",
            """
            Write the new version of a record in the house style with every change from the old version as a Word tracked change (or as CriticMarkup with --format md).

            Examples:
              rgiem delta resolution-v1.md resolution-v2.md -o delta.docx
              rgiem delta report.md --from HEAD~1          the changes since the last commit
              rgiem delta report.md --from v1 --to v2 --author "Editor"
              rgiem delta old.md new.md --format md        CriticMarkup for a pull-request comment
            """);
        command.Arguments.Add(oldPath);
        command.Arguments.Add(newPath);
        command.Options.Add(from);
        command.Options.Add(to);
        command.Options.Add(output);
        command.Options.Add(format);
        command.Options.Add(author);
        command.Options.Add(date);
        var force = OutputTarget.ForceOption();
        command.Options.Add(force);
        command.SetAction(parse =>
        {
            var messages = new Messages(context, global.Verbosity(parse));
            string first = parse.GetValue(oldPath)!;
            string? second = parse.GetValue(newPath);
            string? fromRevision = parse.GetValue(from);
            string? toRevision = parse.GetValue(to);
            if (fromRevision is null && (second is null || toRevision is not null))
            {
                return messages.Fail(toRevision is not null ? "--to needs --from." : "give two files (rgiem delta OLD NEW) or one file and a revision (rgiem delta FILE --from REV).");
            }

            if (fromRevision is not null && second is not null)
            {
                return messages.Fail("with --from, give one file: its old version is read from git.");
            }

            var display = new PathDisplay(context.WorkingDirectory);
            var diagnostics = new DiagnosticBag();
            DateOnly? day = parse.GetValue(date) is { } written ? DateOnly.ParseExact(written, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
            var request = new DeltaRequest(context.WorkingDirectory, first, second, fromRevision, toRevision, parse.GetValue(author), day);
            if (DeltaInputs.Load(request, diagnostics) is not { } inputs)
            {
                return Finish(diagnostics.ToList(), [], context, messages);
            }

            var (oldVersion, newVersion, newFull) = (inputs.Old, inputs.New, inputs.NewFullPath);
            bool markdown = string.Equals(parse.GetValue(format), "md", StringComparison.OrdinalIgnoreCase);
            string? outputPath = parse.GetValue(output);
            if (markdown)
            {
                string critic = CriticMarkup.Write(oldVersion.Text, newVersion.Text);
                if (outputPath is null)
                {
                    context.Output.Write(critic);
                    return ExitCodes.Success;
                }

                return Write(outputPath, parse.GetValue(force), System.Text.Encoding.UTF8.GetBytes(critic), newVersion, context, display, messages, []);
            }

            var renderer = new DeltaRenderer(new DeltaRenderOptions(inputs.Author, inputs.Date?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)));
            var result = renderer.Render(oldVersion, newVersion, Path.GetDirectoryName(newFull)!);
            if (result.Content is null)
            {
                return Finish(result.Diagnostics, [], context, messages);
            }

            messages.Detail($"{renderer.RevisionCount} revision mark(s)");
            // The default output (<new>.delta.docx) is this command's own file, replaced on every run; a file named
            // with -o is replaced only with --force, and never if it is an input.
            bool isDefault = outputPath is null;
            outputPath ??= Path.Combine(Path.GetDirectoryName(newFull)!, Path.GetFileNameWithoutExtension(newFull) + ".delta.docx");
            return Write(outputPath, parse.GetValue(force) || isDefault, result.Content, newVersion, context, display, messages, result.Diagnostics);
        });
        return command;
    }

    private static int Write(string outputPath, bool force, byte[] content, DeltaVersion newVersion, CliContext context, PathDisplay display, Messages messages, IReadOnlyList<Diagnostic> diagnostics)
    {
        string full = Path.GetFullPath(Path.Combine(context.WorkingDirectory, outputPath));
        if (OutputTarget.Refused(full, force, context, display))
        {
            return ExitCodes.Failure;
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            AtomicFile.Write(full, content);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return messages.Fail($"cannot write {display.Show(full)}: {ex.Message}");
        }

        return Finish(diagnostics, [new WrittenOutput(newVersion.Record.Path, full, display.Show(full), content.Length)], context, messages);
    }

    private static int Finish(IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<WrittenOutput> written, CliContext context, Messages messages)
    {
        var report = new RunReport(diagnostics, new Dictionary<string, SourceText>(StringComparer.Ordinal), written, 2, "delta");
        return CommonOptions.Finish(report, OutputFormat.Human, context, messages);
    }
}
