using System.Globalization;
using Rgiem.Core.Compilation;
using Rgiem.Core.Model;
using Rgiem.Core.References;
using Rgiem.Core.Repository;
using Rgiem.Core.Text;
using Rgiem.Testing;

namespace Rgiem.Core.Tests;

/// <summary>Progress reports over a repository of meetings, and the checks across records (RG9001-RG9009).</summary>
public class RepositoryTests
{
    private const string Project = "defaults:\n  group: RG-IEM\n  parent: TSAG\n  study-period: 2022-2024\n  source: Rapporteur, TSAG RG-IEM\n  contacts: [Glenn Parsons]\n";

    /// <summary>Seed 001, Annex B: the header row, then one row per measure.</summary>
    private static readonly string[][] SeedAnnexB =
    [
        ["", "Meeting 1 (01/2023)", "Meeting 2 (03/2023)", "Meeting 3 (04/2023)", "Meeting 4 (05/2023)"],
        ["Number of participants", "49", "31", "32", "33"],
        ["Africa", "2", "1", "2", "1"],
        ["The Americas", "11", "9", "5", "10"],
        ["Arab States", "4", "1", "3", "0"],
        ["Asia and the Pacific", "12", "8", "9", "11"],
        ["CIS", "2", "3", "3", "2"],
        ["Europe", "7", "4", "4", "5"],
        ["TSB", "11", "5", "6", "4"],
        ["Number of documents", "5", "4", "5", "5"],
        ["Meeting report", "DOC5 (230131)", "DOC4 (230307)", "DOC5 (230404)", "DOC5 (230505)"],
    ];

    /// <summary>Statistics that add up (participants = regions + TSB).</summary>
    private static string Stats(int participants, int tsb, string report) =>
        $"statistics: {{participants: {participants}, africa: 0, americas: {participants - tsb}, arab-states: 0, asia-pacific: 0, cis: 0, europe: 0, tsb: {tsb}, documents: 3, report: {report}}}\n";

    /// <summary>A meeting record: front matter lines 2-4 are meeting, title, abstract; <paramref name="extra"/> follows from line 5.</summary>
    private static string Meeting(string from, string extra = "", string body = "The meeting met.\n") =>
        $"---\nmeeting: {{place: e-meeting, from: {from}}}\ntitle: Meeting of {from}\nabstract: Summary.\n{extra}---\n\n# 1 Introduction\n\n{body}";

    /// <summary>A progress report with 'covers' on line 4 (value at column 9) and its annex body from line 16.</summary>
    private static string Report(string covers, string annex = "```{statistics}\n```\n", string extra = "") =>
        $"---\nnumber: TSAG-TD255\nkind: progress-report\ncovers: {covers}\nmeeting: {{place: Geneva, from: 2023-05-30, to: 2023-06-02}}\ntitle: Progress report\nabstract: Progress.\n{extra}---\n\n# 1 Introduction\n\nRG-IEM held its meetings.\n\n# Annex A: Meeting statistics\n\n{annex}";

    private static TempFolder Repository()
    {
        var folder = new TempFolder();
        folder.Write("rgiem.yaml", Project);
        return folder;
    }

    private static CompilationResult Compile(TempFolder folder, params string[] inputs) =>
        Compiler.Compile(new CompilationOptions(inputs.Length == 0 ? ["."] : inputs, folder.FullPath, MaxDegreeOfParallelism: 1));

    private static List<string> Found(CompilationResult result) =>
        result.AllDiagnostics.Select(d => $"{d.Location.Path}:{d.Id}@{d.Location.Start.Line + 1}:{d.Location.Start.Character + 1}").ToList();

    private static MeetingRecord RecordOf(CompilationResult result, string path) =>
        result.Records.Single(r => r.DisplayPath == path).Bound!.Record;

    private static string[][] Cells(TableBlock table) =>
        table.Rows.Select(r => r.Cells.Select(c => BlockWalker.PlainText(c.Inlines)).ToArray()).ToArray();

    private static TableBlock Annex(MeetingRecord record) => record.Body.OfType<TableBlock>().Single();

    // The statistics annex

    [Fact]
    public void The_statistics_annex_has_one_column_per_covered_meeting_in_date_order()
    {
        using var folder = Repository();
        folder.Write("meetings/a.md", Meeting("2023-03-07", Stats(31, 5, "DOC4 (230307)")));
        folder.Write("meetings/b.md", Meeting("2023-01-31", Stats(49, 11, "DOC5 (230131)")));
        folder.Write("report.md", Report("meetings/*.md"));
        var result = Compile(folder);
        Assert.Empty(Found(result));
        var table = Annex(RecordOf(result, "report.md"));
        Assert.True(table.Generated);
        Assert.Equal(
            [
                ["", "Meeting 1 (01/2023)", "Meeting 2 (03/2023)"],
                ["Number of participants", "49", "31"],
                ["Africa", "0", "0"],
                ["The Americas", "38", "26"],
                ["Arab States", "0", "0"],
                ["Asia and the Pacific", "0", "0"],
                ["CIS", "0", "0"],
                ["Europe", "0", "0"],
                ["TSB", "11", "5"],
                ["Number of documents", "3", "3"],
                ["Meeting report", "DOC5 (230131)", "DOC4 (230307)"],
            ],
            Cells(table));
        Assert.Equal([ColumnAlignment.Default, ColumnAlignment.Center, ColumnAlignment.Center], table.Alignments);
        Assert.True(table.Rows[0].IsHeader);
        Assert.Equal((15, 0), (table.Location.Start.Line, table.Location.Start.Character));
        Assert.DoesNotContain(RecordOf(result, "report.md").Body, b => b is StatisticsDirectiveBlock);
    }

    [Fact]
    public void The_samples_progress_report_carries_the_figures_of_seed_001_Annex_B()
    {
        var result = Compiler.Compile(new CompilationOptions([RepoPaths.RgIemSamples], RepoPaths.Root, MaxDegreeOfParallelism: 1));
        var report = result.Records.Single(r => r.Bound!.Record.Metadata.Number?.Canonical == "TSAG-TD255");
        Assert.Equal(SeedAnnexB, Cells(Annex(report.Bound!.Record)));
        Assert.DoesNotContain(result.AllDiagnostics, d => d.Id.StartsWith("RG9", StringComparison.Ordinal) || d.Id.StartsWith("RG202", StringComparison.Ordinal) || d.Id.StartsWith("RG103", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void The_figures_above_are_those_of_the_seed_text()
    {
        string seed = RepoPaths.RequireSeed("001_a5d9adaaddda1a3b.txt");
        var lines = File.ReadAllLines(seed);
        int annex = Array.FindIndex(lines, l => l.StartsWith("Annex B:", StringComparison.Ordinal));
        var rows = new List<string[]>();
        var row = new List<string>();
        foreach (string line in lines.Skip(annex + 1).Append(string.Empty))
        {
            // Every cell is a line that starts with a tab (the empty corner cell is a tab alone); rows are separated by other lines.
            if (!line.StartsWith('\t'))
            {
                if (row.Count > 0)
                {
                    rows.Add([.. row]);
                    row.Clear();
                }
            }
            else
            {
                row.Add(line.Trim('\t', ' '));
            }
        }

        Assert.Equal(SeedAnnexB, rows);
    }

    [Fact]
    public void A_progress_report_checked_alone_reads_its_meetings_from_the_project()
    {
        using var folder = Repository();
        folder.Write("meetings/a.md", Meeting("2023-01-31", Stats(49, 11, "DOC5 (230131)")));
        folder.Write("report.md", Report("meetings/*.md"));
        var result = Compile(folder, "report.md");
        Assert.Empty(Found(result));
        Assert.Equal(["report.md"], result.Records.Select(r => r.DisplayPath));
        Assert.Equal("49", Cells(Annex(RecordOf(result, "report.md")))[1][1]);
    }

    [Fact]
    public void A_period_covers_the_meetings_of_the_reports_group_that_start_in_it()
    {
        using var folder = Repository();
        folder.Write("meetings/jan.md", Meeting("2023-01-31", Stats(49, 11, "DOC5 (230131)")));
        folder.Write("meetings/feb-wpr.md", Meeting("2023-02-14", Stats(20, 2, "DOC2 (230214)") + "group: RG-WPR\n"));
        folder.Write("meetings/apr.md", Meeting("2023-04-04", Stats(32, 6, "DOC5 (230404)")));
        folder.Write("report.md", Report("{from: 2023-01-01, to: 2023-03-31}"));
        var result = Compile(folder);
        Assert.Empty(Found(result));
        Assert.Equal(["", "Meeting 1 (01/2023)"], Cells(Annex(RecordOf(result, "report.md")))[0]);
    }

    [Fact]
    public void Files_and_a_period_together_keep_the_files_whose_meeting_starts_in_it()
    {
        using var folder = Repository();
        folder.Write("meetings/jan.md", Meeting("2023-01-31", Stats(49, 11, "DOC5 (230131)")));
        folder.Write("meetings/apr.md", Meeting("2023-04-04", Stats(32, 6, "DOC5 (230404)")));
        folder.Write("report.md", Report("{files: meetings/*.md, from: 2023-04-01}"));
        var result = Compile(folder);
        Assert.Empty(Found(result));
        Assert.Equal("DOC5 (230404)", Assert.Single(Cells(Annex(RecordOf(result, "report.md")))[^1].Skip(1)));
    }

    [Fact]
    public void Globs_match_within_a_folder_with_star_and_across_folders_with_two_stars()
    {
        using var folder = Repository();
        folder.Write("meetings/2023/jan.md", Meeting("2023-01-31", Stats(49, 11, "DOC5 (230131)")));
        folder.Write("meetings/mar.md", Meeting("2023-03-07", Stats(31, 5, "DOC4 (230307)")));
        folder.Write("star.md", Report("meetings/*.md").Replace("TSAG-TD255", "TSAG-TD256", StringComparison.Ordinal));
        folder.Write("stars.md", Report("meetings/**/*.md").Replace("TSAG-TD255", "TSAG-TD257", StringComparison.Ordinal));
        var result = Compile(folder);
        Assert.Empty(Found(result));
        Assert.Equal(2, Cells(Annex(RecordOf(result, "star.md")))[0].Length);
        Assert.Equal(3, Cells(Annex(RecordOf(result, "stars.md")))[0].Length);
    }

    [Fact]
    public void RG9005_a_covered_meeting_without_statistics_leaves_its_column_empty()
    {
        using var folder = Repository();
        folder.Write("meetings/a.md", Meeting("2023-01-31", Stats(49, 11, "DOC5 (230131)")));
        folder.Write("meetings/b.md", Meeting("2023-03-07"));
        folder.Write("report.md", Report("meetings/*.md"));
        var result = Compile(folder);
        Assert.Equal(["report.md:RG9005@4:9"], Found(result));
        Assert.Contains("'meetings/b.md' has no 'statistics:'", result.AllDiagnostics.Single().Message, StringComparison.Ordinal);
        var cells = Cells(Annex(RecordOf(result, "report.md")));
        Assert.Equal("Meeting 2 (03/2023)", cells[0][2]);
        Assert.All(cells.Skip(1), row => Assert.Equal(string.Empty, row[2]));
    }

    [Fact]
    public void RG9005_a_covered_meeting_without_a_date_comes_last_without_a_month()
    {
        using var folder = Repository();
        folder.Write("meetings/a.md", Meeting("2023-01-31", Stats(49, 11, "DOC5 (230131)")));
        folder.Write("meetings/0.md", "---\ntitle: Undated\nabstract: Summary.\n" + Stats(10, 1, "DOC1 (230301)") + "---\n\n# 1 Introduction\n\nText.\n");
        folder.Write("report.md", Report("meetings/*.md"));
        var result = Compile(folder);
        Assert.Equal(["report.md:RG9005@4:9"], Found(result));
        Assert.Equal(["", "Meeting 1 (01/2023)", "Meeting 2"], Cells(Annex(RecordOf(result, "report.md")))[0]);
    }

    [Fact]
    public void RG9004_a_glob_or_a_period_that_selects_no_meeting()
    {
        using var folder = Repository();
        folder.Write("meetings/a.md", Meeting("2023-01-31", Stats(49, 11, "DOC5 (230131)")));
        folder.Write("glob.md", Report("[meeting/*.md, meetings/*.md]").Replace("TSAG-TD255", "TSAG-TD256", StringComparison.Ordinal));
        folder.Write("period.md", Report("{from: 2024-01-01}").Replace("TSAG-TD255", "TSAG-TD257", StringComparison.Ordinal));
        var result = Compile(folder);
        Assert.Equal(["glob.md:RG9004@4:10", "period.md:RG9004@4:9"], Found(result).Order(StringComparer.Ordinal));
        Assert.Contains(result.AllDiagnostics, d => d.Message == "'covers' selects no meeting record of RG-IEM from 1 January 2024 on; check the path, the glob or the dates");
    }

    [Fact]
    public void RG9009_a_covered_file_that_is_missing_a_progress_report_or_not_a_record()
    {
        using var folder = Repository();
        folder.Write("meetings/a.md", Meeting("2023-01-31", Stats(49, 11, "DOC5 (230131)")));
        folder.Write("meetings/notes.md", "Notes, no front matter.\n");
        folder.Write("report.md", Report("[meetings/a.md, meetings/x.md, report.md, meetings/notes.md]"));
        var result = Compile(folder);
        Assert.Equal(["report.md:RG9009@4:25", "report.md:RG9009@4:40", "report.md:RG9009@4:51"], Found(result));
        Assert.Equal(
            ["does not exist", "is a progress report", "is not a meeting record"],
            result.AllDiagnostics.Select(d => d.Message.Split("' in 'covers' ")[1]).Select(m => m.Split(';', ':')[0]));
    }

    [Fact]
    public void RG9009_a_glob_that_matches_a_record_that_cannot_be_read()
    {
        using var folder = Repository();
        folder.Write("meetings/a.md", Meeting("2023-01-31", Stats(49, 11, "DOC5 (230131)")));
        folder.Write("meetings/broken.md", "---\ntitle: The front matter is never closed\n\n# 1 Introduction\n");
        folder.Write("report.md", Report("meetings/*.md"));
        var result = Compile(folder, "report.md");
        Assert.Equal(["report.md:RG9009@4:9"], Found(result));
        Assert.Contains("matches 'broken.md', which cannot be read as a record", result.AllDiagnostics.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RG1032_a_covers_path_above_the_project()
    {
        using var folder = new TempFolder();
        folder.Write("other/m.md", Meeting("2023-01-31", Stats(49, 11, "DOC5 (230131)")));
        folder.Write("project/rgiem.yaml", Project);
        folder.Write("project/report.md", Report("[../other/*.md]"));
        var result = Compile(folder, "project");
        Assert.Equal(["project/report.md:RG1032@4:10"], Found(result));
        Assert.Contains("goes above the project folder", result.AllDiagnostics.Single().Message, StringComparison.Ordinal);
    }

    // RG9006: a statistics table written by hand

    private const string HandTable = """
        |                        | Meeting 1 (01/2023) | Meeting 2 (03/2023) |
        |------------------------|:-------------------:|:-------------------:|
        | Number of participants | 49                  | 31                  |
        | The Americas           | 38                  | 26                  |
        | TSB                    | 11                  | 5                   |
        | Meeting report         | DOC5 (230131)       | DOC4 (230307)       |

        """;

    private static TempFolder TwoMeetings()
    {
        var folder = Repository();
        folder.Write("meetings/a.md", Meeting("2023-01-31", Stats(49, 11, "DOC5 (230131)")));
        folder.Write("meetings/b.md", Meeting("2023-03-07", Stats(31, 5, "DOC4 (230307)")));
        return folder;
    }

    [Fact]
    public void A_hand_written_table_that_agrees_with_the_meetings_is_quiet()
    {
        using var folder = TwoMeetings();
        folder.Write("report.md", Report("meetings/*.md", HandTable));
        Assert.Empty(Found(Compile(folder)));
    }

    [Fact]
    public void The_samples_hand_written_Annex_B_agreed_with_the_meeting_records()
    {
        // The table the progress report held before it generated it (seed 001's Annex B, as written by hand).
        using var folder = new TempFolder();
        folder.CopySamples(".");
        string path = folder.Combine("2023-05-progress-report.md");
        string table = string.Join('\n', SeedAnnexB.Select((row, i) => "| " + string.Join(" | ", row) + " |" + (i == 0 ? "\n|---|:-:|:-:|:-:|:-:|" : string.Empty))) + "\n";
        File.WriteAllText(path, File.ReadAllText(path).Replace("```{statistics}\n```\n", table, StringComparison.Ordinal));
        var result = Compile(folder);
        Assert.DoesNotContain(result.AllDiagnostics, d => d.Id.StartsWith("RG9", StringComparison.Ordinal));
        Assert.False(Annex(result.Records.Single(r => r.DisplayPath == "2023-05-progress-report.md").Bound!.Record).Generated);
    }

    [Fact]
    public void RG9006_a_figure_or_a_report_number_that_differs_at_its_cell()
    {
        using var folder = TwoMeetings();
        folder.Write("report.md", Report("meetings/*.md", HandTable
            .Replace("| 49                  |", "| 48                  |", StringComparison.Ordinal)
            .Replace("DOC4 (230307)", "DOC4 (230308)", StringComparison.Ordinal)));
        var result = Compile(folder);
        Assert.Equal(["report.md:RG9006@18:28", "report.md:RG9006@21:50"], Found(result).Where(f => f.Contains("RG9006", StringComparison.Ordinal)));
        Assert.StartsWith(
            "'48' in row 'Number of participants', column 'Meeting 1 (01/2023)' disagrees with 'meetings/a.md', whose statistics give 49;",
            result.AllDiagnostics.First(d => d.Id == "RG9006").Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void RG9006_a_column_whose_month_is_not_its_meetings()
    {
        using var folder = TwoMeetings();
        folder.Write("report.md", Report("meetings/*.md", HandTable.Replace("Meeting 2 (03/2023)", "Meeting 2 (02/2023)", StringComparison.Ordinal)));
        var result = Compile(folder);

        // The table's own check (RG6003) sees that DOC4 (230307) is not of February either.
        Assert.Equal(["report.md:RG9006@16:50", "report.md:RG6003@21:50"], Found(result));
    }

    [Fact]
    public void RG9006_a_table_with_a_column_per_meeting_too_few()
    {
        using var folder = TwoMeetings();
        folder.Write("meetings/c.md", Meeting("2023-04-04", Stats(32, 6, "DOC5 (230404)")));
        folder.Write("report.md", Report("meetings/*.md", HandTable));
        var result = Compile(folder);
        Assert.Equal(["report.md:RG9006@16:1"], Found(result));
        Assert.Contains("has 2 meeting column(s), but 'covers' selects 3 meeting(s)", result.AllDiagnostics.Single().Message, StringComparison.Ordinal);
    }

    // RG9001-RG9003

    [Fact]
    public void RG9001_two_records_with_one_number_at_the_later_records_number()
    {
        using var folder = Repository();
        folder.Write("a.md", Meeting("2023-01-31", "number: TSAG-TD600\n"));
        folder.Write("b.md", Meeting("2023-03-07", "number: TD600\n"));
        folder.Write("c.md", Meeting("2023-04-04", "number: TSAG-TD600R1\n"));
        var result = Compile(folder);
        Assert.Equal(["b.md:RG9001@5:9"], Found(result));
        Assert.Equal("TSAG-TD600 is also the number of 'a.md'; each record needs its own document number", result.AllDiagnostics.Single().Message);
    }

    [Fact]
    public void RG9001_two_meetings_with_one_report_number()
    {
        using var folder = Repository();
        folder.Write("a.md", Meeting("2023-01-31", Stats(49, 11, "DOC5 (230131)")));
        folder.Write("b.md", Meeting("2023-03-07", Stats(31, 5, "DOC5 (230131)")));
        var result = Compile(folder);
        Assert.Equal(["b.md:RG6020@5:139", "b.md:RG9001@5:139"], Found(result)); // the copied report number is also dated outside b's meeting
    }

    [Fact]
    public void RG9001_a_record_checked_alone_against_the_rest_of_the_project()
    {
        using var folder = Repository();
        folder.Write("b.md", Meeting("2023-01-31", "number: TSAG-TD600\n"));
        folder.Write("a.md", Meeting("2023-03-07", "number: TSAG-TD600\n"));
        Assert.Equal(["b.md:RG9001@5:9"], Found(Compile(folder, "b.md")));
        Assert.Equal(["b.md:RG9001@5:9"], Found(Compile(folder, "a.md", "b.md")));
    }

    [Fact]
    public void RG9002_two_meetings_with_one_meeting_specific_prefix()
    {
        using var folder = Repository();
        folder.Write("a.md", Meeting("2023-01-31", "action-prefix: IEM-2301\n", "IEM-2301-1: to agree the plan.\n"));
        folder.Write("b.md", Meeting("2023-03-07", "action-prefix: IEM-2301\n", "IEM-2301-1: to agree the ToR.\n"));
        var result = Compile(folder);
        Assert.Equal(["b.md:RG9002@10:1"], Found(result));
        Assert.Equal("IEM-2301-1 is also defined by 'a.md', another meeting of RG-IEM with the action prefix 'IEM-2301'; give each meeting its own 'action-prefix'", result.AllDiagnostics.Single().Message);
    }

    [Fact]
    public void Meetings_that_number_their_actions_from_1_under_the_group_name_are_quiet()
    {
        using var folder = Repository();
        folder.Write("a.md", Meeting("2023-01-31", string.Empty, "RG-IEM-1: to agree the plan.\n"));
        folder.Write("b.md", Meeting("2023-03-07", string.Empty, "RG-IEM-1: to agree the ToR.\n"));
        Assert.Empty(Found(Compile(folder)));
    }

    [Fact]
    public void RG9003_overlapping_meetings_of_one_group_at_the_later_meeting()
    {
        using var folder = Repository();
        folder.Write("a.md", Meeting("2023-03-06", string.Empty).Replace("from: 2023-03-06}", "from: 2023-03-06, to: 2023-03-08}", StringComparison.Ordinal));
        folder.Write("b.md", Meeting("2023-03-08"));
        folder.Write("c.md", Meeting("2023-03-09"));
        folder.Write("d.md", Meeting("2023-03-08", "group: RG-WPR\n"));
        folder.Write("e.md", Meeting("2023-03-08", "type: LS\n"));
        var result = Compile(folder);
        Assert.Equal(["b.md:RG9003@2:35"], Found(result).Where(f => f.Contains(":RG9", StringComparison.Ordinal)));
        Assert.Equal("This meeting of RG-IEM (8 March 2023) overlaps the meeting of 'a.md' (6-8 March 2023); correct the dates, or keep one record per meeting", result.AllDiagnostics.Single(d => d.Id == "RG9003").Message);
    }

    [Fact]
    public void A_meeting_inherited_from_the_project_is_not_an_overlap()
    {
        using var folder = new TempFolder();
        folder.Write("rgiem.yaml", Project + "  meeting: {place: Geneva, from: 2024-07-29, to: 2024-08-02}\n");
        string record = "---\ntitle: A\nabstract: Summary.\n---\n\n# 1 Introduction\n\nText.\n";
        folder.Write("a.md", record);
        folder.Write("b.md", record.Replace("title: A", "title: B", StringComparison.Ordinal));
        Assert.Empty(Found(Compile(folder)));
    }

    // Action status and the action register

    private static TempFolder ActionsRepository(string statuses)
    {
        var folder = Repository();
        folder.Write("meetings/a.md", Meeting("2023-01-31", Stats(49, 11, "DOC5 (230131)"), "RG-IEM-1: to agree the plan.\n\nRG-IEM-2: to send an LS to SG17.\n"));
        folder.Write("meetings/b.md", Meeting("2023-03-07", "number: TSAG-TD300\n", "RG-IEM-1: to request TSAG to agree the ToR.\n"));
        folder.Write("later.md", Meeting("2023-04-04", "action-status:\n" + statuses));
        return folder;
    }

    [Fact]
    public void RG9008_a_status_for_an_identifier_several_meetings_define()
    {
        using var folder = ActionsRepository("  - {action: RG-IEM-1, status: done}\n");
        var result = Compile(folder);
        Assert.Equal(["later.md:RG9008@6:5"], Found(result));
        Assert.Equal("RG-IEM-1 is defined by 'meetings/a.md' (DOC5 (230131)), 'meetings/b.md' (TSAG-TD300); add 'of:' with the document number of the meeting meant", result.AllDiagnostics.Single().Message);
    }

    [Fact]
    public void RG9007_a_status_for_an_action_no_meeting_defines()
    {
        using var folder = ActionsRepository("  - {action: RG-IEM-3, status: done}\n  - {action: RG-IEM-2, of: TSAG-TD300, status: done}\n");
        var result = Compile(folder);
        Assert.Equal(["later.md:RG9007@6:5", "later.md:RG9007@7:5"], Found(result));
        Assert.Equal("No meeting record of this project defines RG-IEM-2 of TSAG-TD300; check the identifier and 'of'", result.AllDiagnostics.Last().Message);
    }

    [Fact]
    public void The_register_lists_every_action_in_date_order_with_the_latest_status()
    {
        using var folder = ActionsRepository("  - {action: RG-IEM-1, of: DOC5 (230131), status: agreed}\n  - {action: RG-IEM-1, of: TD300, status: approved}\n  - {action: RG-IEM-2, status: agreed}\n");
        folder.Write("latest.md", Meeting("2023-05-05", "action-status: [{action: RG-IEM-2, status: done}]\n"));
        var result = Compile(folder);
        Assert.Empty(Found(result));
        var register = result.Repositories.SelectMany(ActionRegister.Build).ToList();
        Assert.Equal(
            [
                ("RG-IEM-1", "DOC5 (230131)", "2023-01-31", "TSAG", "to agree the plan.", "agreed", "later.md", "meetings/a.md", 10),
                ("RG-IEM-2", "DOC5 (230131)", "2023-01-31", "SG17", "to send an LS to SG17.", "done", "latest.md", "meetings/a.md", 12),
                ("RG-IEM-1", "TSAG-TD300", "2023-03-07", "TSAG", "to request TSAG to agree the ToR.", "approved", "later.md", "meetings/b.md", 10),
            ],
            register.Select(a => (a.Id, a.Meeting, a.Date!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), a.Target, a.Text, a.Status, a.StatusSetIn, a.Path, a.Line)));
    }

    [Fact]
    public void The_register_of_the_samples()
    {
        var result = Compiler.Compile(new CompilationOptions([RepoPaths.RgIemSamples], RepoPaths.Root, MaxDegreeOfParallelism: 1));
        var register = result.Repositories.SelectMany(ActionRegister.Build).ToList();
        Assert.Equal(
            ["Action 1", "Action 2", "Action 3", "RG-IEM-1", "RG-IEM-2", "RG-IEM-3", "RG-IEM-4", "RG-IEM-5", "RG-IEM-6"],
            register.Select(a => a.Id));
        Assert.All(register.Take(3), a => Assert.Equal(("TSAG-TD255", "TSAG"), (a.Meeting, a.Target)));
        Assert.All(register.Skip(3), a => Assert.Equal(("TSAG-TD521", "WP2"), (a.Meeting, a.Target)));
        Assert.Equal("TSAG is invited to approve the draft ToR in TSAG-TD257and to establish the ITUT Industry Engagement Workshop Steering Committee (IEWSC) at its current meeting.", register[1].Text);
    }

    // The document register and its export

    [Fact]
    public void The_document_register_gives_titles_revisions_citations_and_what_is_unused_or_unknown()
    {
        using var folder = Repository();
        folder.Write("documents.yaml", "- {number: TSAG-TD624, title: Updated action plan, revision: 2}\n- {number: TSAG-TD700, title: Never cited}\n");
        folder.Write("a.md", Meeting("2024-07-30", "number: TSAG-TD521\ndocuments: [{number: TSAG-C102, title: Proposed revision, source: Canada}]\n", "The meeting agreed TSAG-TD624R2 and TD624R1, noted TSAG-C102 and TSAG-TD999.\n"));
        var result = Compile(folder);
        var register = DocumentRegister.Build(result.Repositories.Single()).ToDictionary(d => d.Number);
        Assert.Equal(["TSAG-C102", "TSAG-TD624", "TSAG-TD700", "TSAG-TD999"], register.Keys);

        var plan = register["TSAG-TD624"];
        Assert.Equal(("Updated action plan", true, 2, 1, 2), (plan.Title, plan.Known, plan.LatestKnownRevision, plan.FirstRevisionCited, plan.LastRevisionCited));
        Assert.Equal(["documents.yaml"], plan.ListedIn);
        Assert.Equal([("a.md", 11, 20, "TSAG-TD624R2", (int?)2), ("a.md", 11, 37, "TD624R1", 1)], plan.Citations.Select(c => (c.Path, c.Line, c.Column, c.Text, c.Revision)));

        Assert.Equal(("Proposed revision", "Canada", 0), (register["TSAG-C102"].Title, register["TSAG-C102"].Source, register["TSAG-C102"].FirstRevisionCited));
        Assert.True(register["TSAG-TD700"].IsUnused);
        Assert.True(register["TSAG-TD999"].IsUnknown);
        Assert.Equal([false, false, true, false], register.Values.Select(d => d.IsUnused));
        Assert.Equal([false, false, false, true], register.Values.Select(d => d.IsUnknown));
    }

    [Fact]
    public void A_record_of_the_project_is_a_known_document()
    {
        using var folder = Repository();
        folder.Write("a.md", Meeting("2023-01-31", Stats(49, 11, "DOC5 (230131)")));
        folder.Write("b.md", Meeting("2023-03-07", "number: TSAG-TD300\n", "We noted DOC5 (230131) and TD300.\n"));
        var register = DocumentRegister.Build(Compile(folder).Repositories.Single()).ToDictionary(d => d.Number);
        Assert.True(register["DOC5 (230131)"].Known);
        Assert.Equal("Meeting of 2023-01-31", register["DOC5 (230131)"].Title);
        Assert.Null(register["DOC5 (230131)"].FirstRevisionCited);
        Assert.True(register["TSAG-TD300"].Known);
    }

    [Fact]
    public void The_exported_registry_reads_back_with_the_same_documents_yaml_and_csv()
    {
        var result = Compiler.Compile(new CompilationOptions([RepoPaths.RgIemSamples], RepoPaths.Root, MaxDegreeOfParallelism: 1));
        var register = result.Repositories.SelectMany(DocumentRegister.Build).ToList();
        var bag = new Diagnostics.DiagnosticBag();
        var yaml = DocumentRegistry.ReadYaml(new SourceText("documents.yaml", RegistryExport.Yaml(register)), bag)!;
        var csv = DocumentRegistry.ReadCsv(new SourceText("documents.csv", SourceText.Normalize(RegistryExport.Csv(register))), bag)!;
        Assert.Empty(bag.ToList());
        foreach (var registry in new[] { yaml, csv })
        {
            Assert.Equal(register.Select(d => d.Number), registry.Documents.Select(d => d.Id.Key));
            Assert.Equal(register.Select(d => d.Title), registry.Documents.Select(d => d.Title));
            Assert.Equal(register.Select(d => d.IsMeetingDocument ? null : (int?)Math.Max(d.LatestKnownRevision ?? 0, d.LastRevisionCited ?? 0)).Select(r => r == 0 ? null : r), registry.Documents.Select(d => d.Revision));
        }

        string csvText = RegistryExport.Csv(register);
        Assert.StartsWith("number,title,source,revision\r\n", csvText, StringComparison.Ordinal);
        Assert.Contains("\r\nTSAG-TD624,Updated ITU-T action plan for a vibrant engagement of the industry,IEWSC Chair,2\r\n", csvText, StringComparison.Ordinal);
        Assert.Contains("\r\nTSAG-TD064,\"TSAG structure, organization and leadership\",,1\r\n", csvText, StringComparison.Ordinal);
    }
}
