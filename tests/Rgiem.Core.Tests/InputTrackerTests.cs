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
        return Compiler.Compile(new CompilationOptions([input], RepoPaths.Root, Summarize: true));
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
            compilation = Compiler.Compile(new CompilationOptions([record], folder.FullPath, Summarize: true));
        }

        var inputs = Assert.Single(compilation.Records).Bound!.Inputs.Select(f => Path.GetFileName(f.FullPath)).ToList();
        Assert.Equal(["group.dotx", "part.md", "record.md"], inputs);
    }

    [Fact]
    public void Nothing_is_tracked_outside_a_cached_build()
    {
        var compilation = Compiler.Compile(new CompilationOptions([RepoPaths.RgIemSamples], RepoPaths.Root, Summarize: true));
        Assert.All(compilation.Records, r => Assert.Empty(r.Bound!.Inputs));
        Assert.Null(InputTracker.Current);
    }
}
