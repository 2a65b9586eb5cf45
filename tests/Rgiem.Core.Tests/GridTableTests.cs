using System.Diagnostics;
using System.Text;
using Rgiem.Core.Markdown;
using Rgiem.Core.Model;
using Rgiem.Testing;

namespace Rgiem.Core.Tests;

public sealed class GridTableTests
{
    // Pandoc's manual's example: a header cell across two columns, a body cell down three rows, alignments.
    private const string Spans = """
        +---------------------+----------+
        | Property            | Earth    |
        +=============+=======+=========:+
        |             | min   | -89.2 °C |
        | Temperature +-------+----------+
        | 1961-1990   | mean  | 14 °C    |
        |             +-------+----------+
        |             | max   | 56.7 °C  |
        +-------------+-------+----------+

        """;

    private static (TableBlock? Table, IReadOnlyList<string> Diagnostics) Bind(string body)
    {
        var (bound, diagnostics) = Records.Bind(Records.WithBody(body));
        var table = bound?.Record.Body.OfType<TableBlock>().FirstOrDefault();
        return (table, diagnostics.Brief());
    }

    private static string Text(TableCell cell) =>
        cell.Blocks is { } blocks ? string.Join(" / ", BlockWalker.Descendants(blocks).SelectMany(BlockWalker.InlineGroups).Select(BlockWalker.PlainText)) : BlockWalker.PlainText(cell.Inlines);

    [Fact]
    public void Column_and_row_spans_come_out_as_pandoc_reads_them_with_one_cell_per_column_in_each_row()
    {
        var (table, diagnostics) = Bind(Spans);
        Assert.Empty(diagnostics);
        Assert.NotNull(table);
        Assert.Equal(4, table.Rows.Count);
        Assert.All(table.Rows, r => Assert.Equal(3, r.Cells.Count));
        Assert.Equal([true, false, false, false], table.Rows.Select(r => r.IsHeader));
        Assert.Equal([ColumnAlignment.Default, ColumnAlignment.Default, ColumnAlignment.Right], table.Alignments);

        var property = table.Rows[0].Cells[0];
        Assert.Equal(("Property", 2, 1), (Text(property), property.ColumnSpan, property.RowSpan));
        Assert.True(table.Rows[0].Cells[1].Merged);
        var temperature = table.Rows[1].Cells[0];
        Assert.Equal(("Temperature 1961-1990", 1, 3), (Text(temperature), temperature.ColumnSpan, temperature.RowSpan));
        Assert.True(table.Rows[2].Cells[0].Merged && table.Rows[3].Cells[0].Merged);
        Assert.Equal(["min|-89.2 °C", "mean|14 °C", "max|56.7 °C"], table.Rows.Skip(1).Select(r => Text(r.Cells[1]) + "|" + Text(r.Cells[2])));
        Assert.True(table.HasSpans);
    }

    [Fact]
    public void Cell_text_keeps_its_place_in_the_file()
    {
        var (table, _) = Bind(Spans);
        var temperature = (TextRun)table!.Rows[1].Cells[0].Inlines[0];

        // Body line 5 (0-based 12 + 4), column 2 ("| Temperature").
        Assert.Equal((16, 2), (temperature.Location!.Start.Line, temperature.Location.Start.Character));
        var max = (TextRun)table.Rows[3].Cells[1].Inlines[0];
        Assert.Equal((19, 16), (max.Location!.Start.Line, max.Location.Start.Character));
    }

    [Fact]
    public void A_cell_with_several_paragraphs_or_a_list_holds_its_blocks_and_rules_see_them()
    {
        var (table, diagnostics) = Bind("""
            Table: Decisions {#tbl:decisions}

            +-----------+------------------------+
            | Item      | Outcome                |
            +===========+========================+
            | Plan      | Agreed.                |
            |           |                        |
            |           | - first point          |
            |           | - second *point*       |
            +-----------+------------------------+

            See @tbl:decisions.

            """);
        Assert.Empty(diagnostics);
        Assert.Equal(("1", "tbl:decisions"), (table!.Number, table.Id));
        var outcome = table.Rows[1].Cells[1];
        Assert.Empty(outcome.Inlines);
        Assert.Equal([typeof(ParagraphBlock), typeof(ListBlock)], outcome.Blocks!.Select(b => b.GetType()));
        Assert.Equal("Agreed. / first point / second point", Text(outcome));
        Assert.Contains(BlockWalker.Descendants([table]), b => b is ListBlock);
    }

    [Theory]
    [InlineData("+---+---+\n| a | b |\n+---+---+\n| c | d  |\n+---+---+\n", "RG2055@16:10")]
    [InlineData("+---+---+\n| a | b |\n| c   d |\n+---+---+\n", "RG2056@15:5")]
    [InlineData("+---+---+\n| a | b |\n+---+ --+\n| c | d |\n+---+---+\n", "RG2056@15:7")]
    [InlineData("+---+---+\n| a | b |\n+===+===+\n| c | d |\n+===+===+\n| e | f |\n+---+---+\n", "RG2057@17:2")]
    [InlineData("+---+---+\n| a | b |\n+---+---+\n| c | d |\n", "RG2055@16:1")]
    [InlineData("+-:-+---+\n| a | b |\n+---+---+\n| c | d |\n+---+---+\n", "RG2057@13:3")]
    [InlineData("+---+---+\n| a\t| b |\n+---+---+\n", "RG2055@14:4")]
    public void A_broken_drawing_is_one_diagnostic_at_its_place_and_no_table(string body, string expected)
    {
        var (table, diagnostics) = Bind(body);
        Assert.Null(table);
        Assert.Equal([expected], diagnostics);
    }

    [Fact]
    public void Pipe_tables_and_a_plus_bullet_are_unchanged()
    {
        var (bound, diagnostics) = Records.Bind(Records.WithBody("+ item\n\n| a | b |\n|---|--:|\n| 1 | 2 |\n"));
        Assert.Empty(diagnostics);
        Assert.IsType<ListBlock>(bound!.Record.Body[0]);
        var table = Assert.IsType<TableBlock>(bound.Record.Body[1]);
        Assert.False(table.HasSpans);
    }

    [Fact]
    public void A_huge_or_degenerate_table_binds_in_linear_time()
    {
        // 60 KB of one-character cells (the most cells a block may hold), and a row of 20,000 columns.
        var many = new StringBuilder();
        string rule = "+" + string.Concat(Enumerable.Repeat("-+", 60)) + "\n";
        many.Append(rule);
        for (int i = 0; i < 240; i++)
        {
            many.Append('|').Append(string.Concat(Enumerable.Repeat("x|", 60))).Append('\n').Append(rule);
        }

        var wide = "+" + string.Concat(Enumerable.Repeat("-+", 20_000)) + "\n|" + new string(' ', 39_999) + "|\n";
        foreach (string body in new[] { many.ToString(), wide + wide[..40_002] })
        {
            var clock = Stopwatch.StartNew();
            var (table, diagnostics) = Bind(body);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"{clock.Elapsed} for {body.Length} characters");
            Assert.True(table is not null || diagnostics.Count > 0);
        }
    }

    [Fact]
    public void The_layout_reads_a_table_alone()
    {
        var layout = GridTableLayout.Read(["+---+---+", "| a   b |", "+---+---+", "| c | d |", "+---+---+"], out var problem);
        Assert.Null(problem);
        Assert.Equal(["0,0 2x1 a   b", "1,0 1x1 c", "1,1 1x1 d"], layout!.Cells.Select(c => $"{c.Row},{c.Column} {c.ColumnSpan}x{c.RowSpan} {c.Text}"));
    }

    [Fact]
    public void The_padding_of_a_cell_of_several_blocks_is_not_layout_white_space()
    {
        var (_, diagnostics) = Records.Check(Records.WithBody("# 1 Body\n\n+------+--------------------+\n| Item | Outcome            |\n+======+====================+\n| Plan | Agreed.            |\n|      |                    |\n|      | - first point      |\n+------+--------------------+\n"));
        Assert.DoesNotContain(diagnostics, d => d.Id == "RG7004");
    }
}
