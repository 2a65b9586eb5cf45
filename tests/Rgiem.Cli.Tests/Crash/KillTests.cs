using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;
using Rgiem.Cli.Tests.Support;
using Rgiem.Core.Compilation;
using Rgiem.Docx;
using Rgiem.Testing;

namespace Rgiem.Cli.Tests.Crash;

/// <summary>
/// Crash safety: rgiem (the built CLI, in a child process) is killed with SIGKILL at random moments of a 500-record
/// build. Every output must then be absent, the complete old document or the complete new one; no temporary file
/// may be visible; the next build must repair the rest. Two builds at once into the same folder must not corrupt
/// each other's outputs.
/// </summary>
[Collection(nameof(CrashCollection))]
public sealed class KillTests : IDisposable
{
    private const int RecordCount = 500;
    private const int Kills = 4;
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_build_killed_at_random_moments_leaves_old_or_new_complete_outputs_and_the_next_build_repairs_them()
    {
        WriteRecords(version: 0);
        var watch = Stopwatch.StartNew();
        Assert.Equal(0, RgiemProcess.Run(folder.FullPath, Limit, "build", "records", "-o", "out", "--quiet"));
        var full = watch.Elapsed;
        CheckOutputs(allowed: [0], complete: true);

        var random = new Random(8);
        for (int version = 1; version <= Kills; version++)
        {
            WriteRecords(version);
            using var process = RgiemProcess.Start(folder.FullPath, "build", "records", "-o", "out", "--quiet");

            // Anywhere from start-up to the end of a full build, most often while outputs are being written.
            Thread.Sleep(TimeSpan.FromMilliseconds(full.TotalMilliseconds * (0.3 + (0.7 * random.NextDouble()))));
            process.Kill();
            process.WaitForExit();

            // Each output is a complete document of this version or of an older one (a record the killed builds never reached).
            CheckOutputs(allowed: [.. Enumerable.Range(0, version + 1)], complete: false);
        }

        Assert.Equal(0, RgiemProcess.Run(folder.FullPath, Limit, "build", "records", "-o", "out", "--quiet"));
        CheckOutputs(allowed: [Kills], complete: true);
        Assert.Empty(TemporaryFiles());
    }

    [Fact]
    public void Two_builds_at_once_into_the_same_folder_both_succeed_and_leave_complete_outputs()
    {
        WriteRecords(version: 0, count: 60);
        using var first = RgiemProcess.Start(folder.FullPath, "build", "records", "-o", "out", "--quiet");
        using var second = RgiemProcess.Start(folder.FullPath, "build", "records", "-o", "out", "--quiet");
        Assert.True(first.WaitForExit(Limit) && second.WaitForExit(Limit), "The builds did not finish");
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        CheckOutputs(allowed: [0], complete: true, count: 60);
        Assert.Empty(TemporaryFiles());
    }

    [Fact]
    public void A_build_that_finds_the_folder_locked_too_long_writes_nothing_and_reports_RG0030()
    {
        WriteRecords(version: 0, count: 2);
        var compilation = Compiler.Compile(new CompilationOptions(["records"], folder.FullPath, OutputDirectory: "out"));
        using (var held = OutputLock.Acquire(folder.Combine("out"), TimeSpan.Zero))
        {
            Assert.NotNull(held);
            var build = OutputWriter.Write(compilation, new DocxRenderer(), folder.FullPath, lockTimeout: TimeSpan.FromMilliseconds(200));
            Assert.Empty(build.Written);
            Assert.Equal(["RG0030", "RG0030"], build.Diagnostics.Select(d => d.Id));
        }

        Assert.Empty(folder.Files("out"));
        var again = OutputWriter.Write(compilation, new DocxRenderer(), folder.FullPath);
        Assert.Equal(2, again.Written.Count);
    }

    [Fact]
    public void The_next_build_deletes_the_temporary_files_a_killed_build_left()
    {
        WriteRecords(version: 0, count: 1);
        string stale = folder.Write("out/.TSAG-TD1.docx.99999.7.tmp", [1, 2, 3]);
        string other = folder.Write("out/notes.tmp", [1]);
        Assert.Equal(0, CliRunner.Run(folder.FullPath, "build", "records", "-o", "out").ExitCode);
        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(other), "Only rgiem's own temporary files are deleted");
    }

    private void WriteRecords(int version, int count = RecordCount)
    {
        for (int i = 1; i <= count; i++)
        {
            string text = Records.FrontMatter.Replace("TSAG-TD521", "TSAG-TD" + i.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                + $"# 1 Introduction\n\nRecord {i}, version marker v{version}x.\n";
            folder.Write($"records/r{i:D3}.md", text);
        }
    }

    /// <summary>Every output opens as a zip whose entries all read (CRC checked) and whose text is of an allowed version.</summary>
    private void CheckOutputs(int[] allowed, bool complete, int count = RecordCount)
    {
        string outDirectory = folder.Combine("out");
        var visible = Directory.Exists(outDirectory)
            ? Directory.GetFiles(outDirectory).Select(Path.GetFileName).Where(n => !n!.StartsWith('.')).ToList()
            : [];
        Assert.All(visible, name => Assert.EndsWith(".docx", name, StringComparison.Ordinal));
        if (complete)
        {
            Assert.Equal(count, visible.Count);
        }

        foreach (string name in visible.Select(n => n!))
        {
            string path = Path.Combine(outDirectory, name);
            using var zip = ZipFile.OpenRead(path);
            string? document = null;
            foreach (var entry in zip.Entries)
            {
                using var reader = new StreamReader(entry.Open());
                string content = reader.ReadToEnd();
                if (entry.FullName == "word/document.xml")
                {
                    document = content;
                }
            }

            Assert.True(document is not null, name + " has no word/document.xml");
            string text = string.Concat(XDocument.Parse(document).Descendants().Where(e => e.Name.LocalName == "t").Select(e => e.Value));
            Assert.True(allowed.Any(v => text.Contains($"v{v}x", StringComparison.Ordinal)), $"{name} is of none of the versions {string.Join(", ", allowed)}");
        }

        if (complete)
        {
            // A sample of the outputs passes the schema as well (all of them would take too long).
            foreach (string name in visible.Select(n => n!).Order(StringComparer.Ordinal).Take(3))
            {
                using var stream = File.OpenRead(Path.Combine(outDirectory, name));
                Assert.Empty(DocxRenderer.Validate(stream));
            }
        }
    }

    private List<string> TemporaryFiles() =>
        Directory.GetFiles(folder.Combine("out")).Where(f => Path.GetFileName(f).EndsWith(".tmp", StringComparison.Ordinal)).ToList();
}
