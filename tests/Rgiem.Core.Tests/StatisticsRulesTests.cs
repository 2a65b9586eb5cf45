using Rgiem.Core.Diagnostics;
using Rgiem.Testing;

namespace Rgiem.Core.Tests;

public class StatisticsRulesTests
{
    // Annex B of the 2023-05 progress report (seed 001): every column adds up. The body starts on line 13,
    // so the header row is line 15, "Number of participants" line 17 and "Meeting report" line 26.
    private const string AnnexB = """
        # Annex B: Meeting statistics, December 2022 – May 2023

        |                        | Meeting 1 (01/2023) | Meeting 2 (03/2023) | Meeting 3 (04/2023) | Meeting 4 (05/2023) |
        |------------------------|:-------------------:|:-------------------:|:-------------------:|:-------------------:|
        | Number of participants | 49                  | 31                  | 32                  | 33                  |
        | Africa                 | 2                   | 1                   | 2                   | 1                   |
        | The Americas           | 11                  | 9                   | 5                   | 10                  |
        | Arab States            | 4                   | 1                   | 3                   | 0                   |
        | Asia and the Pacific   | 12                  | 8                   | 9                   | 11                  |
        | CIS                    | 2                   | 3                   | 3                   | 2                   |
        | Europe                 | 7                   | 4                   | 4                   | 5                   |
        | TSB                    | 11                  | 5                   | 6                   | 4                   |
        | Number of documents    | 5                   | 4                   | 5                   | 5                   |
        | Meeting report         | DOC5 (230131)       | DOC4 (230307)       | DOC5 (230404)       | DOC5 (230505)       |

        """;

    // Columns of the cells' text: Meeting 1 at 28, Meeting 2 at 50, Meeting 3 at 72, Meeting 4 at 94 (one-based).

    private static IReadOnlyList<Diagnostic> Statistics(string text) =>
        Records.Check(text).Diagnostics.Where(d => d.Id.StartsWith("RG6", StringComparison.Ordinal)).ToList();

    private static string Edit(string row, int column, string value)
    {
        string[] lines = AnnexB.Split('\n');
        int index = Array.FindIndex(lines, l => l.StartsWith("| " + row + " ", StringComparison.Ordinal));
        string[] cells = lines[index].Split('|');
        cells[column + 1] = " " + value.PadRight(cells[column + 1].Length - 1);
        lines[index] = string.Join('|', cells);
        return string.Join('\n', lines);
    }

    private static string WithStatistics(string statistics) =>
        Records.FrontMatter.Replace("source:", "statistics: " + statistics + "\nsource:", StringComparison.Ordinal);

    [Fact]
    public void The_seed_annex_is_clean() => Assert.Empty(Statistics(Records.WithBody(AnnexB)));

    [Fact]
    public void A_column_whose_regions_and_TSB_do_not_add_up_is_an_error_at_its_participants()
    {
        var diagnostics = Statistics(Records.WithBody(Edit("Africa", 2, "2")));
        Assert.Equal(["RG6001@17:50"], diagnostics.Brief());
        Assert.Equal(
            "Meeting 2 (03/2023): the regions and TSB add up to 32 (Africa 2 + The Americas 9 + Arab States 1 + Asia and the Pacific 8 + CIS 3 + Europe 4 + TSB 5), but the number of participants is 31; correct the figures so that they agree",
            diagnostics[0].Message);
    }

    [Fact]
    public void Several_columns_are_checked_independently()
    {
        string text = Edit("Number of participants", 1, "48");
        text = text.Replace("| TSB                    | 11                  | 5                   | 6                   | 4 ", "| TSB                    | 11                  | 5                   | 6                   | 5 ", StringComparison.Ordinal);
        Assert.Equal(["RG6001@17:28", "RG6001@17:94"], Statistics(Records.WithBody(text)).Brief());
    }

    [Theory]
    [InlineData("x", "RG6002@23:50")]
    [InlineData("-1", "RG6002@23:50")]
    [InlineData("4.5", "RG6002@23:50")]
    public void Cells_that_are_not_whole_numbers_are_errors_at_the_cell(string value, string expected)
    {
        var diagnostics = Statistics(Records.WithBody(Edit("Europe", 2, value)));
        Assert.Equal([expected], diagnostics.Brief());
        Assert.Equal($"'{value}' in row 'Europe', column 'Meeting 2 (03/2023)' is not a count; write a whole number of 0 or more (0 when there were none)", diagnostics[0].Message);
    }

    [Fact]
    public void An_empty_count_cell_is_an_error_at_the_blank_cell()
    {
        var diagnostics = Statistics(Records.WithBody(Edit("Number of documents", 4, string.Empty)));
        Assert.Equal(["RG6002@25:93"], diagnostics.Brief());
    }

    [Fact]
    public void A_report_dated_outside_the_column_month_is_an_error_at_the_report_cell()
    {
        var diagnostics = Statistics(Records.WithBody(Edit("Meeting report", 2, "DOC4 (230407)")));
        Assert.Equal(["RG6003@26:50"], diagnostics.Brief());
        Assert.Equal(
            "DOC4 (230407) is dated 7 April 2023, but the column 'Meeting 2 (03/2023)' is for March 2023; correct the date in the document number or the column header",
            diagnostics[0].Message);
    }

    [Fact]
    public void A_report_date_that_is_not_a_date_is_an_error()
    {
        var diagnostics = Statistics(Records.WithBody(Edit("Meeting report", 3, "DOC5 (230431)")));
        Assert.Equal(["RG6004@26:72"], diagnostics.Brief());
        Assert.StartsWith("'230431' in DOC5 (230431) is not a date in YYMMDD form", diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tables_without_a_participants_row_are_not_statistics()
    {
        const string Other = "# 1 Intro\n\n| Item | Count |\n|---|---|\n| Africa | many |\n| TSB | 2 |\n";
        Assert.Empty(Statistics(Records.WithBody(Other)));
    }

    [Fact]
    public void Front_matter_statistics_that_add_up_are_quiet() =>
        Assert.Empty(Statistics(WithStatistics(
            "{participants: 49, africa: 2, americas: 11, arab-states: 4, asia-pacific: 12, cis: 2, europe: 7, tsb: 11, documents: 5, report: DOC5 (240730)}")));

    [Fact]
    public void Front_matter_statistics_that_do_not_add_up_are_an_error_at_participants()
    {
        var diagnostics = Statistics(WithStatistics(
            "{participants: 50, africa: 2, americas: 11, arab-states: 4, asia-pacific: 12, cis: 2, europe: 7, tsb: 11}"));
        Assert.Equal(["RG6001@7:28"], diagnostics.Brief());
        Assert.Equal(
            "statistics: the regions and TSB add up to 49 (africa 2 + americas 11 + arab-states 4 + asia-pacific 12 + cis 2 + europe 7 + tsb 11), but the number of participants is 50; correct the figures so that they agree",
            diagnostics[0].Message);
    }

    [Fact]
    public void Partial_front_matter_statistics_are_reported_only_when_they_exceed_participants()
    {
        Assert.Empty(Statistics(WithStatistics("{participants: 49, africa: 2, tsb: 11}")));
        Assert.Equal(["RG6001@8:17"], Statistics(WithStatistics("\n  participants: 10\n  africa: 2\n  tsb: 11")).Brief());
    }
}
