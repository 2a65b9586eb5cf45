using Rgiem.Core.Text;
using Rgiem.Testing;

namespace Rgiem.Core.Tests;

/// <summary>The date and time scanners and rules against the real RG-IEM reports: the seeds and the samples made from them.</summary>
public class SeedDatesAndTimesTests
{
    private static string Seed(string prefix) =>
        File.ReadAllText(Directory.GetFiles(RepoPaths.RequireSeeds(), prefix + "_*.txt").Single());

    private static IReadOnlyList<string> Times(string text) =>
        text.Split('\n')
            .SelectMany(line => TimeMentions.Find(line, DateMentions.Find(line)).Select(t => t.Zone is null ? t.Text : t.Text + " " + t.Zone))
            .ToList();

    private static IReadOnlyList<string> Weekdays(string text) =>
        text.Split('\n').SelectMany(DateMentions.Find).Where(d => d.Weekday is not null).Select(d => d.Text).ToList();

    [SkippableFact]
    public void Seed_000_times_are_found_and_its_study_period_and_action_plan_items_are_not() =>
        Assert.Equal(["1615-1740", "1615-1730", "08:15 to 09:30"], Times(Seed("000")));

    [SkippableFact]
    public void Seed_001_has_no_times_among_its_statistics_and_document_dates() => Assert.Empty(Times(Seed("001")));

    [SkippableFact]
    public void Seed_002_times_keep_their_zones() =>
        Assert.Equal(
            ["1300-1500 Geneva time", "0930-1045", "1800-2000", "1300-1430", "1300-1500 CET", "1300-1500 CEST", "1300-1500 Geneva time", "16:05"],
            Times(Seed("002")));

    [SkippableFact]
    public void Seed_weekdays_are_found_with_abbreviated_months_and_without_years()
    {
        Assert.Equal(["Tuesday 13 Dec", "Thursday 15 Dec", "Thursday, 15 December 2022"], Weekdays(Seed("000")));
        Assert.Equal(["Tuesday, 30 July 2024", "Wednesday, 31 July 2024", "Thursday, 1 August"], Weekdays(Seed("002")));
    }

    [Theory]
    [InlineData("2022-12-geneva-draft-report.md", "RG5007@20:30")]
    [InlineData("2023-05-progress-report.md", null)]
    [InlineData("2024-07-geneva-report.md", "RG5007@144:39")]
    public void The_samples_report_only_their_genuine_date_time_and_statistics_findings(string file, string? expected)
    {
        string text = File.ReadAllText(Path.Combine(RepoPaths.RgIemSamples, file));
        var findings = Records.Check(text, path: file).Diagnostics
            .Where(d => d.Id.StartsWith("RG5", StringComparison.Ordinal) || d.Id.StartsWith("RG6", StringComparison.Ordinal))
            .Brief();
        Assert.Equal(expected is null ? [] : [expected], findings);
    }
}
