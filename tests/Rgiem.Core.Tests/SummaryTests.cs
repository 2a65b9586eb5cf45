using Rgiem.Core.Compilation;
using Rgiem.Core.Model;
using Rgiem.Testing;

namespace Rgiem.Core.Tests;

/// <summary>
/// A check or build keeps only a summary of each record once its own rules ran (issue 9: memory that does not grow
/// with the records' size). The summary must not change a single diagnostic, and must drop what it claims to drop.
/// </summary>
public class SummaryTests
{
    private static CompilationResult Compile(bool summarize, EarlyRender? render = null) =>
        Compiler.Compile(new CompilationOptions([RepoPaths.RgIemSamples], RepoPaths.Root, Summarize: summarize), Compiler.Discover(new CompilationOptions([RepoPaths.RgIemSamples], RepoPaths.Root)), render);

    private static string Describe(CompilationResult result) =>
        string.Join("\n", result.AllDiagnostics.Select(d => $"{d.Location.Path}({d.Location.Start.Line},{d.Location.Start.Character})-({d.Location.End.Line},{d.Location.End.Character}) {d.Severity} {d.Id}: {d.Message}"));

    [Fact]
    public void Summarized_records_give_exactly_the_diagnostics_of_whole_records()
    {
        var whole = Compile(summarize: false);
        var summarized = Compile(summarize: true);
        Assert.Equal(7, whole.Records.Count);
        Assert.NotEmpty(whole.AllDiagnostics);
        Assert.Equal(Describe(whole), Describe(summarized));
        Assert.Equal(whole.Records.Select(r => r.DisplayPath), summarized.Records.Select(r => r.DisplayPath));
    }

    [Fact]
    public void A_summary_keeps_metadata_and_actions_and_drops_the_body_text_and_front_matter_tree()
    {
        var whole = Compile(summarize: false).Records.ToDictionary(r => r.FullPath);
        var summarized = Compile(summarize: true).Records;
        foreach (var record in summarized)
        {
            var full = whole[record.FullPath].Bound!;
            var bound = record.Bound!;
            if (full.Record.Metadata.Kind == RecordKind.ProgressReport)
            {
                // A progress report's annex and rules need the meetings: it is kept whole.
                Assert.False(bound.IsSummary);
                Assert.Equal(full.Record.Body.Count, bound.Record.Body.Count);
                continue;
            }

            Assert.True(bound.IsSummary, record.DisplayPath);
            Assert.Equal(string.Empty, bound.Source.Text);
            Assert.Equal(full.Source.Path, bound.Source.Path);
            Assert.Empty(bound.Values.Fields);
            Assert.Equal(0, bound.Section.BodyStart);
            Assert.All(bound.Record.Body, b => Assert.IsType<ActionBlock>(b));
            Assert.Equal(full.Record.Actions.Select(a => (a.Id, a.Location)), bound.Record.Actions.Select(a => (a.Id, a.Location)));
            var (a, b) = (full.Record.Metadata, bound.Record.Metadata);
            Assert.Equal((a.Number, a.Title, a.Meeting, a.Statistics, a.Group, a.Kind), (b.Number, b.Title, b.Meeting, b.Statistics, b.Group, b.Kind));
            Assert.Equal(a.Documents.Select(d => d.ToString()), b.Documents.Select(d => d.ToString()));
            Assert.Equal(full.Map.Value("meeting.from"), bound.Map.Value("meeting.from"));
            Assert.Equal(full.Map.Value("number"), bound.Map.Value("number"));
            Assert.True(full.Record.Body.Count > bound.Record.Body.Count, record.DisplayPath);
        }
    }

    [Fact]
    public void Early_rendering_sees_every_record_but_progress_reports_once_with_its_whole_body()
    {
        var seen = new System.Collections.Concurrent.ConcurrentBag<(string Path, int Blocks, bool Summary)>();
        var result = Compile(summarize: true, (path, _, bound) =>
        {
            seen.Add((path, bound.Record.Body.Count, bound.IsSummary));
            return new RenderResult([1, 2, 3], []);
        });

        var meetings = result.Records.Where(r => r.Bound!.Record.Metadata.Kind != RecordKind.ProgressReport).ToList();
        Assert.Equal(meetings.Select(r => r.FullPath).Order(), seen.Select(s => s.Path).Order());
        Assert.All(seen, s => Assert.False(s.Summary));
        Assert.All(seen, s => Assert.True(s.Blocks > 3));
        Assert.All(meetings, r => Assert.Equal([1, 2, 3], r.Rendered!.Content));
        Assert.All(result.Records.Except(meetings), r => Assert.Null(r.Rendered));
    }
}
