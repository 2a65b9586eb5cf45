using Rgiem.Core.Diagnostics;
using Rgiem.Core.Import.Edits;
using Rgiem.Docx.Import.Edits;
using Rgiem.Docx.Tests.Critic;
using Rgiem.Testing;
using static Rgiem.Docx.Tests.Critic.EditsHarness;

namespace Rgiem.Docx.Tests.Import;

/// <summary>
/// Tracked changes come back exactly wherever the record writes text: a heading, a list item, a table's caption and
/// the cells of the table after it (an insertion, a deletion, a replacement), and a footnote.
/// </summary>
public sealed class EditsPlacesTests
{
    private const string Body = """
        # 1 Introduction

        The group met on Tuesday, chaired by the Rapporteur.[^1]

        # 2 Action plan

        The work items were:

        - first item on engagement
        - second item on statistics

        Table: Figures of the year

        | Metric | Count |
        |---|--:|
        | CxO meetings | 3 |
        | New members | 11 |
        | Workshops | 5 |

        [^1]: The chair was elected in March.

        """;

    private const string By = "@Ed Itor 2026-12-01T09:30Z: ";

    private static byte[] Edited() => new WordEdits(Build(Records.WithBody(Body)))
        .Replace("Action plan", "Work plan")
        .Insert("first item on engagement", " and outreach")
        .Replace("Figures", "Numbers")
        .Replace("3", "4")
        .Insert("11", "2")
        .Delete("5")
        .Replace("March", "April")
        .Save();

    [Fact]
    public void Edits_in_headings_list_items_captions_table_cells_and_footnotes_come_back_exactly()
    {
        string record = Records.WithBody(Body);
        var (text, diagnostics) = ImportEdits(record, Edited(), accept: false);

        Assert.Empty(diagnostics);
        string expected = record
            .Replace("# 2 Action plan", "# 2 {~~" + By + "Action plan~>Work plan~~}", StringComparison.Ordinal)
            .Replace("- first item on engagement", "- first item on engagement{++" + By + " and outreach++}", StringComparison.Ordinal)
            .Replace("Table: Figures of", "Table: {~~" + By + "Figures~>Numbers~~} of", StringComparison.Ordinal)
            .Replace("| CxO meetings | 3 |", "| CxO meetings | {~~" + By + "3~>4~~} |", StringComparison.Ordinal)
            .Replace("| New members | 11 |", "| New members | 11{++" + By + "2++} |", StringComparison.Ordinal)
            .Replace("| Workshops | 5 |", "| Workshops | {--" + By + "5--} |", StringComparison.Ordinal)
            .Replace("elected in March.", "elected in {~~" + By + "March~>April~~}.", StringComparison.Ordinal);
        Assert.Equal(expected, text);

        // Built again, the record gives the same revisions, and importing that document adds nothing.
        var rebuilt = Build(text);
        var (again, second) = ImportEdits(text, rebuilt, accept: false);
        Assert.Equal(text, again);
        Assert.Equal(["RG8245"], second.Select(d => d[..6]));
    }

    [Fact]
    public void Accept_applies_them_in_the_same_places()
    {
        string record = Records.WithBody(Body);
        var (text, diagnostics) = ImportEdits(record, Edited(), accept: true);

        Assert.Empty(diagnostics);
        string expected = record
            .Replace("# 2 Action plan", "# 2 Work plan", StringComparison.Ordinal)
            .Replace("- first item on engagement", "- first item on engagement and outreach", StringComparison.Ordinal)
            .Replace("Table: Figures of", "Table: Numbers of", StringComparison.Ordinal)
            .Replace("| CxO meetings | 3 |", "| CxO meetings | 4 |", StringComparison.Ordinal)
            .Replace("| New members | 11 |", "| New members | 112 |", StringComparison.Ordinal)
            .Replace("| Workshops | 5 |", "| Workshops |  |", StringComparison.Ordinal)
            .Replace("elected in March.", "elected in April.", StringComparison.Ordinal);
        Assert.Equal(expected, text);
    }


}
