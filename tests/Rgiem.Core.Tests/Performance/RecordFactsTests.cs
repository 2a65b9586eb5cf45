using System.Text.RegularExpressions;
using Rgiem.Bench.Corpus;
using Rgiem.Core.Binding;
using Rgiem.Core.Caching;
using Rgiem.Core.Compilation;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.FileSystem;
using Rgiem.Testing;

namespace Rgiem.Core.Tests.Performance;

/// <summary>
/// The compact summary of a record (<see cref="RecordFacts"/>, issue 21): the build cache stores it at the head of a
/// record's entry and a build that reuses the record's checks decodes only it, so every field the checks across records
/// read must come back as <see cref="RecordFacts.Of"/> gives it from the whole record, and the RG9xxx diagnostics (all
/// diagnostics, in fact) of a build whose records come from deferred summaries must be those of a build that read every
/// record whole. Checked on every sample folder and on 300 records of the bench corpus with copied records that clash.
/// </summary>
public class RecordFactsTests
{
    public static TheoryData<string> SampleFolders() =>
        [.. Directory.GetDirectories(RepoPaths.Samples).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(SampleFolders))]
    public void Every_field_the_rules_read_round_trips_through_an_entry(string folder)
    {
        var whole = Compile(Path.Combine(RepoPaths.Samples, folder), RepoPaths.Root, RecordRetention.Whole).Records.Where(r => r.Bound is not null).ToDictionary(r => r.FullPath);
        var summaries = Compile(Path.Combine(RepoPaths.Samples, folder), RepoPaths.Root, RecordRetention.Summary).Records.Where(r => r.Bound is { IsSummary: true }).ToList();
        foreach (var record in summaries)
        {
            byte[] bytes = SummaryWriter.Write(new CheckEntry(record.FullPath, "key", record.Bound!.Inputs, record.OwnDiagnostics ?? record.Diagnostics, record.Bound));
            var entry = SummaryReader.ReadDeferred(bytes, (_, _) => true)!;
            var deferred = entry.Summary;
            Assert.True(deferred.IsDeferred);
            AssertSame(RecordFacts.Of(whole[record.FullPath].Bound!), deferred.Facts);
            AssertSame(RecordFacts.Of(record.Bound), deferred.Facts);
            Assert.Equal(record.Bound.Source.Path, deferred.Source.Path);
            Assert.Equal(record.Bound.Inputs, deferred.Inputs);
            Assert.True(deferred.IsDeferred);

            // Asked for more, the deferred summary is the whole summary: it writes the same bytes.
            Assert.Equal(bytes, SummaryWriter.Write(entry with { Summary = deferred }));
            Assert.False(deferred.IsDeferred);
        }
    }

    [Theory]
    [MemberData(nameof(SampleFolders))]
    public void The_samples_diagnostics_are_the_same_from_deferred_summaries(string folder) =>
        AssertSameDiagnostics(Path.Combine(RepoPaths.Samples, folder), RepoPaths.Root);

    [Fact]
    public void Three_hundred_bench_records_with_clashes_have_the_same_diagnostics_from_deferred_summaries()
    {
        using var temp = new TempFolder();
        string corpus = temp.Combine("corpus");
        var files = CorpusWriter.Write(corpus, 300, seed: 7);

        // Copies clash with their originals: the same number (RG9001), the same meeting (RG9003); two copies whose actions
        // carry one prefix of their own (RG9002); statuses of actions no record, one record and several records define
        // (RG9007, RG9008).
        File.Copy(files[0], Path.Combine(corpus, "r00301.md"));
        File.Copy(files[1], Path.Combine(corpus, "r00302.md"));
        string prefixed = Regex.Replace(File.ReadAllText(files[2]).Replace("---\n", "---\naction-prefix: IEM-X\n", StringComparison.Ordinal), @"^Action ([0-9]+):", "IEM-X-$1:", RegexOptions.Multiline);
        File.WriteAllText(Path.Combine(corpus, "r00303.md"), prefixed);
        File.WriteAllText(Path.Combine(corpus, "r00304.md"), prefixed);
        string group = Regex.Match(File.ReadAllText(files[4]), "^group: (.+)$", RegexOptions.Multiline).Groups[1].Value;
        string number = Regex.Match(File.ReadAllText(files[4]), "^number: (.+)$", RegexOptions.Multiline).Groups[1].Value;
        File.WriteAllText(Path.Combine(corpus, "r00305.md"), Regex.Replace(File.ReadAllText(files[5]), "^number: .+$", "number: TSAG-TD9999\naction-status:\n  - {action: Action 1, status: done}\n  - {action: Action 1, of: " + number + ", status: agreed}\n  - {action: Action 99, status: done}\n  - {action: IEM-X-1, status: done}", RegexOptions.Multiline));
        Assert.NotEmpty(group);
        var ids = AssertSameDiagnostics(corpus, temp.FullPath, expectAllDeferred: true);
        Assert.Contains("RG9001", ids);
        Assert.Contains("RG9003", ids);
        Assert.Contains("RG9002", ids);
        Assert.Contains("RG9007", ids);
        Assert.Contains("RG9008", ids);
    }

    private static CompilationResult Compile(string folder, string workingDirectory, RecordRetention keep, CheckReuse? reuse = null)
    {
        var options = new CompilationOptions([folder], workingDirectory, Keep: keep);
        return Compiler.Compile(options, Compiler.Discover(options), reuse: reuse);
    }

    /// <summary>
    /// Compiles <paramref name="folder"/> with every record whole, then with summaries, then with facts only (a check), then with every record whose own
    /// checks were kept taken from its entry as the build cache reads it (deferred): the same diagnostics each time.
    /// </summary>
    private static HashSet<string> AssertSameDiagnostics(string folder, string workingDirectory, bool expectAllDeferred = false)
    {
        var whole = Compile(folder, workingDirectory, RecordRetention.Whole);
        var summarized = Compile(folder, workingDirectory, RecordRetention.Summary);
        var factsOnly = Compile(folder, workingDirectory, RecordRetention.Facts);
        var entries = summarized.Records
            .Where(r => r.OwnDiagnostics is not null && r.Bound is { IsSummary: true })
            .ToDictionary(r => r.FullPath, r => SummaryWriter.Write(new CheckEntry(r.FullPath, "key", r.Bound!.Inputs, r.OwnDiagnostics!, r.Bound)), StringComparer.Ordinal);
        var reused = Compile(folder, workingDirectory, RecordRetention.Summary, reuse: (fullPath, _, _, _) =>
            entries.TryGetValue(fullPath, out byte[]? bytes) && SummaryReader.ReadDeferred(bytes, (_, _) => true) is { } entry
                ? new ReusedCheck(entry.Summary, entry.Diagnostics)
                : null);

        Assert.Equal(Shown(whole), Shown(summarized));
        Assert.Equal(Shown(whole), Shown(factsOnly));
        Assert.Equal(Show(whole.Diagnostics), Show(factsOnly.Diagnostics));
        Assert.Equal(Shown(whole), Shown(reused));
        Assert.Equal(Show(whole.Diagnostics), Show(reused.Diagnostics));
        Assert.Equal(entries.Count, reused.Records.Count(r => r.CheckReused));
        if (expectAllDeferred)
        {
            // The checks across records read only the compact summaries: no reused summary was decoded.
            Assert.True(entries.Count >= 300);
            Assert.All(reused.Records.Where(r => r.CheckReused), r => Assert.True(r.Bound!.IsDeferred, r.DisplayPath));
        }

        return [.. reused.Records.SelectMany(r => r.Diagnostics).Select(d => d.Id)];
    }

    private static List<string> Shown(CompilationResult result) =>
        [.. result.Records.OrderBy(r => r.FullPath, StringComparer.Ordinal).Select(r => r.DisplayPath + "\n" + string.Join("\n", Show(r.Diagnostics)))];

    private static List<string> Show(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics.Select(d => $"{d.Id} {d.Severity} {d.Location.Path}:{d.Location.Start.Line}:{d.Location.Start.Character}-{d.Location.End.Line}:{d.Location.End.Character} {d.Message}")];

    private static void AssertSame(RecordFacts expected, RecordFacts actual)
    {
        Assert.Equal(expected.Kind, actual.Kind);
        Assert.Equal(expected.Type, actual.Type);
        Assert.Equal(expected.Group, actual.Group);
        Assert.Equal(expected.Parent, actual.Parent);
        Assert.Equal(expected.Number, actual.Number);
        Assert.Equal(expected.Template, actual.Template);
        Assert.Equal(expected.Statistics, actual.Statistics);
        Assert.Equal(expected.MeetingFrom, actual.MeetingFrom);
        Assert.Equal(expected.MeetingTo, actual.MeetingTo);
        Assert.Equal(expected.FirstDay, actual.FirstDay);
        Assert.Equal(expected.ActionPrefix, actual.ActionPrefix);
        Assert.Equal(
            expected.Actions.Select(a => (a.Id, a.Style, a.Prefix, a.Number, a.InSummary, a.LabelLocation, a.Location, a.Inlines.Count)),
            actual.Actions.Select(a => (a.Id, a.Style, a.Prefix, a.Number, a.InSummary, a.LabelLocation, a.Location, a.Inlines.Count)));
        Assert.Equal(expected.ActionStatuses, actual.ActionStatuses);
        Assert.Equal(expected.SourcePath, actual.SourcePath);
        Assert.Equal(expected.NumberAt, actual.NumberAt);
        Assert.Equal(expected.ReportAt, actual.ReportAt);
        Assert.Equal(expected.MeetingFromAt, actual.MeetingFromAt);
        Assert.Equal(expected.ReportNumber, actual.ReportNumber);
        Assert.Equal(expected.Identities, actual.Identities);
    }
}
