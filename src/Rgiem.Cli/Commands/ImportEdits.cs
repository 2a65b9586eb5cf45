using System.Text;
using Rgiem.Cli.Output;
using Rgiem.Core.Compilation;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.FileSystem;
using Rgiem.Core.Import.Edits;
using Rgiem.Core.Text;
using Rgiem.Docx.Import.Edits;

namespace Rgiem.Cli.Commands;

/// <summary>
/// <c>rgiem import --edits EDITED.docx RECORD.md [--accept] [-o DIR]</c>: the tracked changes and comments of a Word
/// document built from RECORD.md come back into the record as CriticMarkup (<see cref="RecordEdits"/>), or applied
/// with <c>--accept</c>. The record is rewritten in place, as <c>check --fix</c> rewrites it (atomically, keeping its
/// mode), or written into DIR with <c>-o</c>; the document is never written.
/// </summary>
internal static class ImportEdits
{
    public static int Run(string document, string record, bool accept, string? outputFolder, bool force, CliContext context, Messages messages)
    {
        var display = new PathDisplay(context.WorkingDirectory);
        var diagnostics = new DiagnosticBag();
        var sources = new Dictionary<string, SourceText>(StringComparer.Ordinal);
        string documentPath = Path.GetFullPath(Path.Combine(context.WorkingDirectory, document));
        string recordPath = Path.GetFullPath(Path.Combine(context.WorkingDirectory, record));
        foreach (string path in new[] { documentPath, recordPath })
        {
            // A path that is not there is a usage error (exit code 2), as for 'import' and every other command.
            if (FileProbe.Status(path).Kind == FileKind.Missing)
            {
                diagnostics.Add(LoadDescriptors.PathNotFound, SourceLocation.None, display.Show(path));
                return Finish(diagnostics, sources, [], context, messages);
            }
        }

        // The record is read and bound as a build reads it (its project's defaults); its own problems are reported too.
        var compilation = Compiler.Compile(new CompilationOptions([recordPath], context.WorkingDirectory));
        var compiled = compilation.Records.Count > 0 ? compilation.Records[0] : null;
        diagnostics.AddRange(compilation.Diagnostics);
        if (compiled?.Bound is not { } bound)
        {
            return Finish(diagnostics, sources, [], context, messages);
        }

        sources[bound.Source.Path] = bound.Source;
        string shownDocument = display.Show(documentPath);
        if (EditedDocumentReader.Read(documentPath, shownDocument, diagnostics) is not { } paragraphs)
        {
            return Finish(diagnostics, sources, [], context, messages);
        }

        var result = RecordEdits.Apply(bound, paragraphs, accept, shownDocument, diagnostics);
        if (result.Text == bound.Source.Text)
        {
            return Finish(diagnostics, sources, [], context, messages);
        }

        string target = outputFolder is null ? recordPath : Path.Combine(Path.GetFullPath(Path.Combine(context.WorkingDirectory, outputFolder)), Path.GetFileName(recordPath));
        var policy = new WritePolicy(force, [documentPath], display.Show);
        var refusal = target == recordPath ? policy.CheckFix(recordPath, SourceLocation.FileOnly(display.Show(recordPath))) : policy.Check(target, SourceLocation.None);
        if (refusal is not null)
        {
            diagnostics.Add(refusal);
            return Finish(diagnostics, sources, [], context, messages);
        }

        byte[] bytes = new UTF8Encoding(false).GetBytes(result.Text);
        try
        {
            if (target == recordPath)
            {
                AtomicFile.Rewrite(target, bytes);
            }
            else
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                AtomicFile.Write(target, bytes);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(LoadDescriptors.CannotWrite, SourceLocation.None, display.Show(target), ex.Message);
            return Finish(diagnostics, sources, [], context, messages);
        }

        messages.Detail($"{result.Insertions} insertion(s), {result.Deletions} deletion(s), {result.Comments} comment(s), {result.CoverFields} cover field(s) {(accept ? "applied to" : "written into")} {display.Show(target)}");
        return Finish(diagnostics, sources, [new WrittenOutput(recordPath, target, display.Show(target), bytes.Length)], context, messages);
    }

    private static int Finish(DiagnosticBag diagnostics, Dictionary<string, SourceText> sources, IReadOnlyList<WrittenOutput> written, CliContext context, Messages messages)
    {
        var report = new RunReport(diagnostics.ToList(), sources, written, 1, "import");
        return CommonOptions.Finish(report, OutputFormat.Human, context, messages);
    }
}
