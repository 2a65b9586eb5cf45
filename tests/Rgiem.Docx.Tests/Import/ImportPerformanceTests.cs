using System.Diagnostics;
using System.Globalization;
using System.Text;
using Rgiem.Core.Compilation;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Import;
using Rgiem.Docx.Import;
using Rgiem.Testing;
using Xunit.Abstractions;

namespace Rgiem.Docx.Tests.Import;

/// <summary>
/// A 200-page report (100,000 words in 90 clauses, with lists and tables) imports in under 2 seconds. The test runs
/// alone (no other test of the assembly at the same time) and asserts on the processor time the import used, which
/// a loaded machine does not stretch; the wall time is printed beside it.
/// </summary>
[Collection(nameof(ImportPerformanceTests))]
public sealed class ImportPerformanceTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void A_200_page_report_imports_in_under_two_seconds()
    {
        var text = new StringBuilder("---\nnumber: TSAG-TD999\ngroup: RG-IEM\nparent: TSAG\nstudy-period: 2022-2024\nsource: Rapporteur\ntitle: Long report\n---\n\n");
        string sentence = "The meeting reviewed the contributions received and agreed to continue the work at its next meeting with the editors. ";
        for (int clause = 1; clause <= 90; clause++)
        {
            text.Append(CultureInfo.InvariantCulture, $"# {clause} Clause {clause}\n\n");
            for (int paragraph = 0; paragraph < 12; paragraph++)
            {
                text.Append(string.Concat(Enumerable.Repeat(sentence, 5))).Append("\n\n");
            }

            text.Append("- first point\n- second point\n  - a sub-point\n\n| Document | Source |\n|---|---|\n| TSAG-TD100 | TSB |\n\n");
        }

        string record = temp.Write("long.md", text.ToString());
        var compiled = Compiler.Compile(new CompilationOptions([record], temp.FullPath)).Records.Single();
        byte[] docx = new DocxRenderer().Render(compiled.Bound!.Record, temp.FullPath).Content!;
        string path = temp.Write("long.docx", docx);
        int words = text.ToString().Split(' ').Length;
        Assert.True(words > 100_000, $"{words} words");

        // A first import of a small document: the JIT compiles the readers, as it would once per run.
        DocxImporter.Import(temp.Write("small.docx", ImportRoundTrip.Get("rg-iem/2024-07-geneva-report").Docx), "small.docx", "s", new DiagnosticBag());

        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var imported = DocxImporter.Import(path, "long.docx", "long", new DiagnosticBag());
        string markdown = RecordWriter.Write(imported!);
        watch.Stop();
        process.Refresh();
        var used = process.TotalProcessorTime - cpu;
        output.WriteLine($"{docx.Length:N0} bytes, {words:N0} words: imported in {watch.ElapsedMilliseconds} ms ({used.TotalMilliseconds:0} ms of processor time)");
        Assert.Contains("\n# 90 Clause 90\n", markdown, StringComparison.Ordinal);
        Assert.True(used < TimeSpan.FromSeconds(2), $"the import used {used.TotalMilliseconds:0} ms of processor time ({watch.ElapsedMilliseconds} ms wall)");
    }
}
