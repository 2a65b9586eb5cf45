using Rgiem.Core.Compilation;
using Rgiem.Core.FileSystem;
using Rgiem.Core.Model;
using Rgiem.Testing;

namespace Rgiem.Core.Tests;

/// <summary>The stages report the files they read as they read them (docfx's ReportDependency): what the build cache keys on.</summary>
public class InputTrackerTests
{
    private static CompilationResult CompileTracked(string input, out InputTracker tracker)
    {
        using var tracking = InputTracker.Begin(out tracker);
        return Compiler.Compile(new CompilationOptions([input], RepoPaths.Root, Keep: RecordRetention.Summary));
    }

    private static IReadOnlyList<string> Paths(IEnumerable<FileDependency> inputs) =>
        inputs.Select(f => Path.GetRelativePath(RepoPaths.Samples, f.FullPath).Replace('\\', '/')).ToList();

    [Fact]
    public void A_record_lists_itself_and_the_figure_it_shows_and_the_project_files_are_shared()
    {
        var compilation = CompileTracked(Path.Combine(RepoPaths.Samples, "body"), out var tracker);
        var record = Assert.Single(compilation.Records);
        Assert.Equal(["body/2024-09-participation-report.md", "body/participation-by-region.png"], Paths(record.Bound!.Inputs));
        Assert.All(record.Bound.Inputs, f => Assert.Equal(FileHash.Of(f.FullPath), f.Sha256));

        // The registry is an input even where there is none: adding one changes the checks.
        Assert.Equal(["body/documents.csv", "body/documents.yaml", "body/rgiem.yaml"], Paths(tracker.Shared));
        Assert.Equal(["", "", FileHash.Of(Path.Combine(RepoPaths.Samples, "body", "rgiem.yaml"))], tracker.Shared.Select(f => f.Sha256));
    }

    [Fact]
    public void A_progress_report_lists_its_include_and_the_inputs_of_the_meetings_it_covers()
    {
        var compilation = CompileTracked(RepoPaths.RgIemSamples, out _);
        var report = compilation.Records.Single(r => r.Bound!.Record.Metadata.Kind == RecordKind.ProgressReport);
        Assert.Equal(
            [
                "rg-iem/2023-05-progress-report.md",
                "rg-iem/meetings/2023-01-e-meeting.md",
                "rg-iem/meetings/2023-03-e-meeting.md",
                "rg-iem/meetings/2023-04-e-meeting.md",
                "rg-iem/meetings/2023-05-e-meeting.md",
                "rg-iem/shared/rg-iem-terms-of-reference.md",
            ],
            Paths(report.Bound!.Inputs));
        var meeting = compilation.Records.Single(r => r.DisplayPath.EndsWith("2023-01-e-meeting.md", StringComparison.Ordinal));
        Assert.Equal(["rg-iem/meetings/2023-01-e-meeting.md"], Paths(meeting.Bound!.Inputs));
    }

    [Fact]
    public void A_template_and_an_include_are_inputs_of_the_record_that_uses_them()
    {
        using var folder = new TempFolder();
        folder.Write("rgiem.yaml", "template: group.dotx\n");
        folder.Write("group.dotx", File.ReadAllBytes(Path.Combine(RepoPaths.Samples, "group", "rg-group.dotx")));
        folder.Write("part.md", "Some text.\n");
        string record = folder.Write("record.md", Records.WithBody("# 1 Intro\n\n```{include} part.md\n```\n"));
        CompilationResult compilation;
        using (InputTracker.Begin(out _))
        {
            compilation = Compiler.Compile(new CompilationOptions([record], folder.FullPath, Keep: RecordRetention.Summary));
        }

        var inputs = Assert.Single(compilation.Records).Bound!.Inputs.Select(f => Path.GetFileName(f.FullPath)).ToList();
        Assert.Equal(["group.dotx", "part.md", "record.md"], inputs);
    }

    [Fact]
    public void Nothing_is_tracked_outside_a_cached_build()
    {
        var compilation = Compiler.Compile(new CompilationOptions([RepoPaths.RgIemSamples], RepoPaths.Root, Keep: RecordRetention.Summary));
        Assert.All(compilation.Records, r => Assert.Empty(r.Bound!.Inputs));
        Assert.Null(InputTracker.Current);
    }

    [Fact]
    public void A_file_read_ahead_unchanged_keeps_no_bytes_and_a_changed_one_is_read_once()
    {
        using var folder = new TempFolder();
        string same = folder.Write("same.md", "Unchanged since the last build.\n");
        string edited = folder.Write("edited.md", "Edited since the last build.\n");
        using (InputTracker.Begin(out _))
        {
            Assert.Equal(FileHash.Of(same), InputFile.Preload(same, 1 << 20, FileHash.Of(same)));
            Assert.Equal(FileHash.Of(edited), InputFile.Preload(edited, 1 << 20, "the hash of the last build"));

            // The unchanged file's bytes went back to the pool; the edited one's are kept for the stage that reads it.
            Assert.Null(InputTracker.TakePreloaded(same, 1 << 20));
            File.WriteAllText(edited, "Edited again, after the comparison.\n");
            var read = InputFile.Read(edited, 1 << 20);
            Assert.Equal("Edited since the last build.\n"u8.ToArray(), read.Bytes);
            Assert.Equal(FileHash.Of("Edited since the last build.\n"u8), InputTracker.HashOf(edited));
        }
    }

    [Fact]
    public void A_file_hashed_ahead_and_changed_before_the_stage_reads_it_is_keyed_on_what_the_stage_read()
    {
        using var folder = new TempFolder();
        string record = folder.Write("record.md", "What the comparison saw.\n");
        string before = FileHash.Of(record);
        using (InputTracker.Begin(out _))
        {
            Assert.Equal(before, InputFile.Preload(record, 1 << 20, before));
            File.WriteAllText(record, "What the stage parsed.\n");
            IReadOnlyList<FileDependency> inputs;
            using (var scope = InputTracker.BeginRecord())
            {
                Assert.Equal("What the stage parsed.\n"u8.ToArray(), InputFile.Read(record, 1 << 20).Bytes);
                inputs = scope.Inputs;
            }

            string parsed = FileHash.Of("What the stage parsed.\n"u8);
            Assert.Equal(parsed, Assert.Single(inputs).Sha256);
            Assert.Equal(parsed, InputTracker.HashOf(record));
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4096)]
    [InlineData(4097)]
    [InlineData(10_000)]
    public void A_file_is_read_whole_at_its_size_and_refused_past_the_limit(int size)
    {
        using var folder = new TempFolder();
        byte[] content = [.. Enumerable.Range(0, size).Select(i => (byte)('a' + (i % 26)))];
        string path = folder.Write("file.md", content);
        Assert.Equal(content, InputFile.Read(path, size).Bytes);
        Assert.Equal(content, InputFile.Read(path, size + 1L).Bytes);
        if (size > 0)
        {
            var refused = InputFile.Read(path, size - 1);
            Assert.Null(refused.Bytes);
            Assert.Equal(ReadProblem.TooLarge, refused.Problem);
        }

        using (InputTracker.Begin(out _))
        {
            Assert.Equal(FileHash.Of(path), InputFile.Preload(path, size, "another"));
            Assert.Equal(content, InputTracker.TakePreloaded(path, size)?.Bytes);
        }
    }
}
