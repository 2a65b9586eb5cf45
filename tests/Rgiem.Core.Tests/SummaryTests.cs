using Rgiem.Core.Binding;
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
    private static CompilationResult Compile(RecordRetention keep, EarlyRender? render = null) =>
        Compiler.Compile(new CompilationOptions([RepoPaths.RgIemSamples], RepoPaths.Root, Keep: keep), Compiler.Discover(new CompilationOptions([RepoPaths.RgIemSamples], RepoPaths.Root)), render);

    private static string Describe(CompilationResult result) =>
        string.Join("\n", result.AllDiagnostics.Select(d => $"{d.Location.Path}({d.Location.Start.Line},{d.Location.Start.Character})-({d.Location.End.Line},{d.Location.End.Character}) {d.Severity} {d.Id}: {d.Message}"));

    [Theory]
    [InlineData(RecordRetention.Summary)]
    [InlineData(RecordRetention.Facts)]
    public void Summarized_records_give_exactly_the_diagnostics_of_whole_records(RecordRetention keep)
    {
        var whole = Compile(RecordRetention.Whole);
        var summarized = Compile(keep);
        Assert.Equal(7, whole.Records.Count);
        Assert.NotEmpty(whole.AllDiagnostics);
        Assert.Equal(Describe(whole), Describe(summarized));
        Assert.Equal(whole.Records.Select(r => r.DisplayPath), summarized.Records.Select(r => r.DisplayPath));
    }

    [Fact]
    public void A_check_keeps_only_the_facts_of_a_meeting_and_the_whole_progress_report()
    {
        foreach (var (full, bound) in KeptMeetings(RecordRetention.Facts))
        {
            Assert.True(bound.IsSummary && bound.IsDeferred, full.Source.Path);
            Assert.Equal(full.Source.Path, bound.Source.Path);
            Assert.Equal(full.Facts.Number, bound.Facts.Number);
            Assert.Equal(full.Facts.NumberAt, bound.Facts.NumberAt);
            Assert.Equal(full.Facts.Actions.Select(a => (a.Id, a.LabelLocation)), bound.Facts.Actions.Select(a => (a.Id, a.LabelLocation)));

            // Nothing but the facts can be asked for: a rule across records that reads more fails loudly in every test.
            Assert.Throws<InvalidOperationException>(() => bound.Record);
            Assert.True(bound.IsDeferred);
        }
    }

    [Fact]
    public void A_summary_keeps_metadata_and_actions_and_drops_the_body_text_and_front_matter_tree()
    {
        foreach (var (full, bound) in KeptMeetings(RecordRetention.Summary))
        {
            Assert.True(bound.IsSummary, full.Source.Path);
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
            Assert.True(full.Record.Body.Count > bound.Record.Body.Count, full.Source.Path);
        }
    }

    /// <summary>
    /// Each meeting of the samples, whole and as <paramref name="keep"/> kept it; the progress report is checked here
    /// to be kept whole (its annex and rules need the meetings; its annex is filled in from their facts).
    /// </summary>
    private static List<(BoundRecord Full, BoundRecord Kept)> KeptMeetings(RecordRetention keep)
    {
        var whole = Compile(RecordRetention.Whole).Records.ToDictionary(r => r.FullPath);
        var meetings = new List<(BoundRecord, BoundRecord)>();
        bool sawReport = false;
        foreach (var record in Compile(keep).Records)
        {
            var full = whole[record.FullPath].Bound!;
            var bound = record.Bound!;
            if (full.Record.Metadata.Kind == RecordKind.ProgressReport)
            {
                sawReport = true;
                Assert.False(bound.IsSummary);
                Assert.Equal(full.Record.Body.Count, bound.Record.Body.Count);
                continue;
            }

            meetings.Add((full, bound));
        }

        Assert.True(sawReport);
        Assert.NotEmpty(meetings);
        return meetings;
    }

    [Fact]
    public void Early_rendering_sees_every_record_but_progress_reports_once_with_its_whole_body()
    {
        var seen = new System.Collections.Concurrent.ConcurrentBag<(string Path, int Blocks, bool Summary)>();
        var result = Compile(RecordRetention.Summary, (path, _, bound) =>
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
