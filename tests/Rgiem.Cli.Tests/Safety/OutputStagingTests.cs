using System.Globalization;
using Rgiem.Core.Build;
using Rgiem.Core.Caching;
using Rgiem.Core.Compilation;
using Rgiem.Docx;
using Rgiem.Testing;

namespace Rgiem.Cli.Tests.Safety;

/// <summary>
/// A build stages each document to a hidden temporary file in the output folder as soon as it is rendered
/// (<see cref="OutputStaging"/>) and renames it over its target only after the checks across records: a record an
/// RG9xxx error stops gets no document and leaves no staged file, a killed build's staged files are deleted by the next
/// build, and the documents are byte for byte those of a build that holds them in memory.
/// </summary>
public sealed class OutputStagingTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Documents_are_staged_before_the_checks_across_records_and_an_RG9xxx_error_leaves_no_document_and_no_staged_file()
    {
        // r1 and r2 share a number (RG9001, found only across records, after both were rendered and staged); r3 is fine.
        folder.Write("records/r1.md", Record("TSAG-TD107", "one"));
        folder.Write("records/r2.md", Record("TSAG-TD107", "two"));
        folder.Write("records/r3.md", Record("TSAG-TD108", "three"));
        var progress = new Watching(folder.Combine("out"));
        var outcome = Builder.Run(new BuildRequest(Options()), new DocxRenderer(), NullBuildCache.Instance, progress);

        Assert.Equal(3, progress.StagedWhenChecked.Count);
        Assert.All(progress.StagedWhenChecked, name => Assert.True(AtomicFile.IsTemporaryName(name), name));
        Assert.Contains(outcome.Compilation!.AllDiagnostics, d => d.Id == "RG9001");
        var stopped = outcome.Compilation!.Records.Where(r => r.HasErrors).ToList();
        Assert.NotEmpty(stopped);
        Assert.Equal(3 - stopped.Count, outcome.Written!.Written.Count);
        Assert.Contains("out/TSAG-TD108.docx", folder.Files("out"));
        Assert.Equal(outcome.Written.Written.Count, folder.Files("out").Count);
        Assert.All(folder.Files("out"), name => Assert.False(Path.GetFileName(name).StartsWith('.'), name));
    }

    [Fact]
    public void A_staged_file_a_killed_build_left_is_deleted_by_the_next_build()
    {
        folder.Write("records/r1.md", Record("TSAG-TD107", "one"));
        string stale = folder.Write("out/.TSAG-TD107.docx.99999.3.tmp", [0x50, 0x4B]);
        string staleOther = folder.Write("out/.TSAG-TD109.docx.99999.12.tmp", [0x50, 0x4B]);
        string notOurs = folder.Write("out/.notes.tmp", [1]);

        Builder.Run(new BuildRequest(Options()), new DocxRenderer(), NullBuildCache.Instance, NullBuildProgress.Instance);

        Assert.False(File.Exists(stale));
        Assert.False(File.Exists(staleOther));
        Assert.True(File.Exists(notOurs), "Only rgiem's own temporary files are deleted");
        Assert.Equal(["out/.notes.tmp", "out/TSAG-TD107.docx"], folder.Files("out"));
    }

    [Fact]
    public void Staged_documents_are_byte_identical_to_documents_written_from_memory()
    {
        folder.CopySamples("rg-iem");
        var options = new CompilationOptions(["rg-iem"], folder.FullPath, OutputDirectory: "staged");
        var staged = Builder.Run(new BuildRequest(options), new DocxRenderer(), NullBuildCache.Instance, NullBuildProgress.Instance);

        // The build of preview: every document in a scratch folder, not staged (held in memory, written at the end).
        var memory = Builder.Run(new BuildRequest(options, ScratchOutput: folder.Combine("memory")), new DocxRenderer(), NullBuildCache.Instance, NullBuildProgress.Instance);

        // And the writer alone, as check-then-write did before builds rendered early.
        var compilation = Compiler.Compile(options with { OutputDirectory = "plain" });
        OutputWriter.Write(compilation, new DocxRenderer(), folder.FullPath);

        var names = folder.Files("staged").Select(Path.GetFileName).ToList();
        Assert.NotEmpty(names);
        Assert.Equal(staged.Written!.Written.Count, names.Count);
        Assert.All(names, name => Assert.False(name!.StartsWith('.'), name));
        Assert.Equal(names, folder.Files("memory").Select(Path.GetFileName));
        Assert.Equal(names, folder.Files("plain").Select(Path.GetFileName));
        foreach (string name in names.Select(n => n!))
        {
            byte[] bytes = File.ReadAllBytes(folder.Combine("staged/" + name));
            Assert.Equal(File.ReadAllBytes(folder.Combine("memory/" + name)), bytes);
            Assert.Equal(File.ReadAllBytes(folder.Combine("plain/" + name)), bytes);
        }

        Assert.Equal(staged.Written.Diagnostics.Select(d => d.Id + d.Message), memory.Written!.Diagnostics.Select(d => d.Id + d.Message));
    }

    private CompilationOptions Options() => new(["records"], folder.FullPath, OutputDirectory: "out");

    private static string Record(string number, string marker) =>
        Records.FrontMatter.Replace("TSAG-TD521", number, StringComparison.Ordinal)
        + string.Create(CultureInfo.InvariantCulture, $"# 1 Introduction\n\nRecord {marker}.\n");

    /// <summary>Lists the output folder when the checks end, before any document is written.</summary>
    private sealed class Watching(string output) : IBuildProgress
    {
        public IReadOnlyList<string> StagedWhenChecked { get; private set; } = [];

        public void Started(int files)
        {
        }

        public void RecordDone()
        {
        }

        public void Checked() => StagedWhenChecked = Directory.Exists(output) ? [.. Directory.GetFiles(output).Select(f => Path.GetFileName(f)!)] : [];

        public void Detail(string message)
        {
        }

        public bool WantsDetail => false;
    }
}
