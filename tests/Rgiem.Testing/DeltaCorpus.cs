using Rgiem.Core.Compilation;
using Rgiem.Core.Delta;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Text;
using Rgiem.Docx.Delta;

namespace Rgiem.Testing;

/// <summary>
/// The pairs the delta self-check runs on (accept all = new text, reject all = old text), edge cases
/// included, and a helper that renders the delta of a pair in process.
/// </summary>
public static class DeltaCorpus
{
    private const string Front = Records.FrontMatter;

    private const string Body = """
        # 1 Introduction

        The group met on Tuesday, 30 July 2024, and approved the agenda.

        # 2 Documents

        | Document | Source | Decision |
        |---|---|---|
        | TD624 | Rapporteur | noted |
        | TD625 | Editor | agreed |

        The meeting noted the need to consider a precise delta of the resolution.

        - first item of the list
        - second item of the list

        # 3 Closing

        The meeting closed at 1045 hours.
        """;

    public static IReadOnlyList<DeltaPair> Pairs { get; } =
    [
        new("identical", Front + Body, Front + Body),
        new("empty-old", string.Empty, Front + Body),
        new("empty-new", Front + Body, string.Empty),
        new("plain-markdown", "A first paragraph.\n\nA second one.\n", "A first paragraph, changed.\n\nA new one in between.\n\nA second one.\n"),
        new("word-change", Front + Body, Front + Body.Replace("approved the agenda", "adopted the revised agenda", StringComparison.Ordinal)),
        new("whitespace-only", Front + Body, Front + Body.Replace("met on Tuesday, 30 July", "met on  Tuesday,\n30 July", StringComparison.Ordinal).Replace("closed at 1045", "closed at\u00A01045", StringComparison.Ordinal)),
        new("table-cell", Front + Body, Front + Body.Replace("| TD625 | Editor | agreed |", "| TD625 | Editor | agreed with changes |", StringComparison.Ordinal)),
        new("cell-replaced", Front.Replace("abstract: ", "purpose: Information\nabstract: ", StringComparison.Ordinal) + Body,
            Front.Replace("abstract: ", "purpose: Discussion\nabstract: ", StringComparison.Ordinal) + Body.Replace("| TD625 | Editor | agreed |", "| TD625 | Editor | postponed |", StringComparison.Ordinal)),
        new("table-rows", Front + Body, Front + Body.Replace("| TD624 | Rapporteur | noted |\n", string.Empty, StringComparison.Ordinal).Replace("| TD625 | Editor | agreed |", "| TD625 | Editor | agreed |\n| TD626 | China | postponed |", StringComparison.Ordinal)),
        new("heading-text", Front + Body, Front + Body.Replace("# 2 Documents", "# 2 Documents considered", StringComparison.Ordinal)),
        new("heading-renumbered", Front + Body, Front + Body.Replace("# 2 Documents", "# 2 Opening\n\nThe chair opened the meeting.\n\n# 3 Documents", StringComparison.Ordinal).Replace("# 3 Closing", "# 4 Closing", StringComparison.Ordinal)),
        new("unicode", Front + Body + "\n\nМеждународный союз электросвязи.\n\nالاتحاد الدولي للاتصالات\n\n国际电信联盟的会议。\n",
            Front + Body + "\n\nМеждународный союз электросвязи утвердил текст.\n\nالاتحاد الدولي للاتصالات والمعلومات\n\n国际电信联盟的第二次会议。\n"),
        new("paragraph-split", Front + Body, Front + Body.Replace("met on Tuesday, 30 July 2024, and approved the agenda.", "met on Tuesday, 30 July 2024.\n\nIt approved the agenda.", StringComparison.Ordinal)),
        new("moved-paragraph", Front + Body, Front + Body.Replace("\nThe meeting noted the need to consider a precise delta of the resolution.\n", "\n", StringComparison.Ordinal).Replace("The meeting closed at 1045 hours.", "The meeting noted the need to consider a precise delta of the resolution.\n\nThe meeting closed at 1045 hours.", StringComparison.Ordinal)),
        new("list-items", Front + Body, Front + Body.Replace("- second item of the list", "- a new item\n- second item of the list, amended", StringComparison.Ordinal).Replace("- first item of the list\n", string.Empty, StringComparison.Ordinal)),
        new("formatting", Front + Body, Front + Body.Replace("approved the agenda", "approved **the agenda**", StringComparison.Ordinal)),
        new("cover-fields", Front + Body, Front.Replace("title: Draft report of the RG-IEM meeting", "title: Revised draft report of the RG-IEM meeting", StringComparison.Ordinal).Replace("abstract: This TD contains the draft report.", "abstract: This TD contains the revised draft report.\nkeywords: [delta, revision]", StringComparison.Ordinal) + Body),
        new("link", Front + Body + "\n\nSee [the site](https://www.itu.int/) for details.\n", Front + Body + "\n\nSee [the web site](https://www.itu.int/) for more details.\n"),
    ];

    public static DeltaPair Get(string name) => Pairs.Single(p => p.Name == name);

    public static IEnumerable<object[]> Names() => Pairs.Select(p => new object[] { p.Name });

    public static DateTime Date { get; } = new(2024, 7, 30, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>The delta of two texts as DOCX bytes, and the number of revisions in it; asserts that it rendered and validated.</summary>
    public static (byte[] Docx, int Revisions) Render(string oldText, string newText)
    {
        var bag = new DiagnosticBag();
        var oldVersion = DeltaLoader.Bind(new SourceText("old.md", SourceText.Normalize(oldText)), null, null, bag);
        var newVersion = DeltaLoader.Bind(new SourceText("new.md", SourceText.Normalize(newText)), null, null, bag);
        Assert.True(oldVersion is not null && newVersion is not null, string.Join("; ", bag.ToList()));
        var renderer = new DeltaRenderer(new DeltaRenderOptions("Rapporteur", Date, Validate: true));
        RenderResult result = renderer.Render(oldVersion, newVersion, Path.GetTempPath());
        Assert.True(result.Content is not null, "No delta: " + string.Join("; ", result.Diagnostics));
        return (result.Content, renderer.RevisionCount);
    }
}
