using System.CommandLine;
using System.Text;
using Rgiem.Cli.Output;
using Rgiem.Cli.Rendering;
using Rgiem.Core.Compilation;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.FileSystem;
using Rgiem.Core.Import;
using Rgiem.Core.Text;
using Rgiem.Docx.Import;

namespace Rgiem.Cli.Commands;

/// <summary>
/// <c>rgiem import REPORT.docx [-o DIR]</c>: a record (front matter + Markdown, pictures beside it) from an ITU-T
/// document made in Word. The command maps its arguments; <see cref="DocxImporter"/> reads the document and
/// <see cref="RecordWriter"/> writes the record. A Word 97-2003 .doc is converted by LibreOffice first.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(CliContext context, GlobalOptions global)
    {
        var input = new Argument<string>("document")
        {
            Description = "The Word document to import (.docx; a .doc is converted with LibreOffice).",
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "The folder to write the record and its pictures to (default: the document's folder).",
            HelpName = "dir",
        };
        var record = new Argument<string?>("record")
        {
            Description = "With --edits: the record the document was built from (RECORD.md). Without --edits a second argument is an error (RG8246).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var edits = new Option<bool>("--edits")
        {
            Description = "Bring the tracked changes and comments of the document (built from RECORD.md, then edited in Word) back into the record as CriticMarkup, in place (or into -o DIR).",
        };
        var accept = new Option<bool>("--accept")
        {
            Description = "With --edits: apply the tracked changes to the record instead of writing them as CriticMarkup (comments are kept as CriticMarkup).",
        };
        var force = new Option<bool>("--force")
        {
            Description = "Replace pictures and other files of an earlier import. Never replaces an input or an existing record.",
        };

        var command = new Command(
            "import",
            """
            Write a record (front matter + Markdown, pictures beside it) from an ITU-T document made in Word.

            The cover of a TD, contribution, report or liaison statement becomes the front matter, the body Markdown; what a record cannot hold is reported with its paragraph.

            Examples:
              rgiem import TSAG-TD521.docx                 writes TSAG-TD521.md beside it
              rgiem import old/report.doc -o records       converts with LibreOffice, writes records/report.md
              rgiem import --edits TSAG-TD521-reviewed.docx records/2024-07-geneva-report.md
                                                           Word's tracked changes and comments into the record as CriticMarkup
            """);
        command.Arguments.Add(input);
        command.Arguments.Add(record);
        command.Options.Add(output);
        command.Options.Add(edits);
        command.Options.Add(accept);
        command.Options.Add(force);
        command.SetAction(parse => Usage(parse.GetValue(edits), parse.GetValue(record), parse.GetValue(accept)) is { } usage ? UsageError(usage, context, new Messages(context, global.Verbosity(parse))) : parse.GetValue(edits) ? ImportEdits.Run(
            parse.GetValue(input)!,
            parse.GetValue(record)!,
            parse.GetValue(accept),
            parse.GetValue(output),
            parse.GetValue(force),
            context,
            new Messages(context, global.Verbosity(parse))) : ImportDocument(
            parse.GetValue(input)!,
            parse.GetValue(output),
            parse.GetValue(force),
            context,
            new Messages(context, global.Verbosity(parse))));
        return command;
    }

    /// <summary>Imports one document into a record; returns the exit code.</summary>
    public static int ImportDocument(string input, string? outputFolder, bool force, CliContext context, Messages messages)
    {
        var display = new PathDisplay(context.WorkingDirectory);
        string full = Path.GetFullPath(Path.Combine(context.WorkingDirectory, input));
        string shown = display.Show(full);
        var diagnostics = new DiagnosticBag();
        if (FileProbe.Status(full).Kind == FileKind.Missing)
        {
            diagnostics.Add(LoadDescriptors.PathNotFound, SourceLocation.None, shown);
            return Finish(diagnostics, [], context, messages);
        }

        string stem = Path.GetFileNameWithoutExtension(full);
        string folder = Path.GetFullPath(Path.Combine(context.WorkingDirectory, outputFolder ?? Path.GetDirectoryName(full)!));
        string document = full;
        using var converted = string.Equals(Path.GetExtension(full), ".doc", StringComparison.OrdinalIgnoreCase) ? new TemporaryFolder("import") : null;
        if (converted is not null)
        {
            if (LibreOffice.Find(context.GetEnvironmentVariable) is not { } libreOffice)
            {
                diagnostics.Add(ToolDescriptors.ProgramNotFound, SourceLocation.None, LibreOffice.Name, "a record from a Word 97-2003 document", LibreOffice.InstallHint);
                return Finish(diagnostics, [], context, messages);
            }

            messages.Detail($"converting {shown} to .docx with LibreOffice");
            if (libreOffice.ConvertToDocx(full, converted.FullPath, out string? error) is not { } docx)
            {
                diagnostics.Add(ImportDescriptors.ConversionFailed, SourceLocation.FileOnly(shown), shown, error);
                return Finish(diagnostics, [], context, messages);
            }

            document = docx;
        }

        var record = DocxImporter.Import(document, shown, stem, diagnostics);
        if (record is null)
        {
            return Finish(diagnostics, [], context, messages);
        }

        var files = new List<(string Path, byte[] Content)>
        {
            (Path.Combine(folder, stem + ".md"), Encoding.UTF8.GetBytes(RecordWriter.Write(record))),
        };
        files.AddRange(record.Images.Select(i => (Path.Combine(folder, i.FileName), i.Content)));

        // The one write rule: never the document itself, never an existing record; other existing files only with --force.
        var policy = new WritePolicy(force, [full], display.Show);
        bool refused = false;
        foreach (var (path, _) in files)
        {
            if (policy.Check(path, SourceLocation.None) is { } refusal)
            {
                diagnostics.Add(refusal);
                refused = true;
            }
        }

        if (refused)
        {
            return Finish(diagnostics, [], context, messages);
        }

        var written = new List<WrittenOutput>();
        try
        {
            foreach (var (path, content) in files)
            {
                AtomicFile.Write(path, content);
                written.Add(new WrittenOutput(full, path, display.Show(path), content.Length));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(LoadDescriptors.CannotWrite, SourceLocation.None, folder, ex.Message);
        }

        return Finish(diagnostics, written, context, messages);
    }

    /// <summary>Why the arguments do not go together (a second document without --edits, --accept without --edits, --edits without the record), or null.</summary>
    private static string? Usage(bool edits, string? record, bool accept) => (edits, record, accept) switch
    {
        (false, not null, _) => $"a second argument ('{record}') is read only with --edits, which brings the edits of a document back into the record it was built from",
        (false, null, true) => "--accept applies the tracked changes of 'import --edits' and has no meaning without --edits",
        (true, null, _) => "--edits needs the record the document was built from after the document",
        _ => null,
    };

    /// <summary>A usage error (RG8246): nothing is read or written; exit code 2, as for any usage error.</summary>
    private static int UsageError(string problem, CliContext context, Messages messages)
    {
        var diagnostics = new DiagnosticBag();
        diagnostics.Add(EditsDescriptors.ImportUsage, SourceLocation.None, problem);
        Finish(diagnostics, [], context, messages);
        return ExitCodes.Failure;
    }

    private static int Finish(DiagnosticBag diagnostics, IReadOnlyList<WrittenOutput> written, CliContext context, Messages messages)
    {
        var report = new RunReport(diagnostics.ToList(), new Dictionary<string, SourceText>(StringComparer.Ordinal), written, 1, "import");
        return CommonOptions.Finish(report, OutputFormat.Human, context, messages);
    }
}
