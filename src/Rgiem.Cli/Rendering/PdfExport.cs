using Rgiem.Core.Compilation;
using Rgiem.Core.Diagnostics;

namespace Rgiem.Cli.Rendering;

/// <summary><c>rgiem build --pdf</c>: a PDF beside each document the build wrote, through LibreOffice.</summary>
internal static class PdfExport
{
    public static (IReadOnlyList<WrittenOutput> Written, IReadOnlyList<Diagnostic> Diagnostics) Write(
        IReadOnlyList<WrittenOutput> documents, LibreOffice? libreOffice, string workingDirectory, Progress progress)
    {
        if (documents.Count == 0)
        {
            return ([], []);
        }

        if (libreOffice is null)
        {
            return ([], [Diagnostic.Create(ToolDescriptors.ProgramNotFound, SourceLocation.None, LibreOffice.Name, "PDF files", LibreOffice.InstallHint)]);
        }

        var display = new PathDisplay(workingDirectory);
        var written = new WrittenOutput?[documents.Count];
        var diagnostics = new Diagnostic?[documents.Count];
        int done = 0;
        progress.Report($"converting to PDF with LibreOffice: 0/{documents.Count}");

        // Each conversion has its own LibreOffice profile, so two can run at once; more would only compete for the cores.
        Parallel.For(0, documents.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            var document = documents[i];
            string pdf = Path.ChangeExtension(document.FullPath, ".pdf");
            if (libreOffice.ConvertToPdf(document.FullPath, pdf) is { } error)
            {
                diagnostics[i] = Diagnostic.Create(ToolDescriptors.ConversionFailed, SourceLocation.FileOnly(document.RecordPath), LibreOffice.Name, document.DisplayPath, error);
            }
            else
            {
                written[i] = new WrittenOutput(document.RecordPath, pdf, display.Show(pdf), new FileInfo(pdf).Length);
            }

            progress.Report($"converting to PDF with LibreOffice: {Interlocked.Increment(ref done)}/{documents.Count}");
        });

        return (written.OfType<WrittenOutput>().ToList(), diagnostics.OfType<Diagnostic>().ToList());
    }
}
