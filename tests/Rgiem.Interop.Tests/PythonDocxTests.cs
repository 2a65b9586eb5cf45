using System.Text.Json;
using Rgiem.Testing;

namespace Rgiem.Interop.Tests;

public class PythonDocxTests
{
    private static JsonElement Read(string name)
    {
        string script = Path.Combine(AppContext.BaseDirectory, "Scripts", "read_docx.py");
        var (exitCode, output, error) = ExternalTools.Run(ExternalTools.PythonWithDocx, [script, InteropSamples.Get(name).DocxPath], timeoutSeconds: 60);
        Assert.True(exitCode == 0, $"read_docx.py failed ({exitCode}): {error}");
        return JsonDocument.Parse(output).RootElement;
    }

    private static List<List<string>> Rows(JsonElement table) =>
        table.EnumerateArray().Select(r => r.EnumerateArray().Select(c => c.GetString()!).ToList()).ToList();

    [SkippableTheory]
    [MemberData(nameof(InteropSamples.Names), MemberType = typeof(InteropSamples))]
    public void Python_docx_finds_the_cover_table_fields(string name)
    {
        var sample = InteropSamples.Get(name);
        var metadata = sample.Record.Metadata;
        var json = Read(name);
        var cover = Rows(json.GetProperty("tables")[0]);
        string number = name.StartsWith("TSAG-", StringComparison.Ordinal) ? name : "TSAG-TDxxx";

        Assert.Equal([number, "TSAG", "Original: English"], cover.Take(3).Select(r => r[^1]));
        Assert.StartsWith("INTERNATIONAL TELECOMMUNICATION UNION\n", cover[0][0], StringComparison.Ordinal);
        Assert.Equal("Question(s):", cover[3][0]);
        Assert.Equal("N/A", cover[3][1]);
        // The place starts with a capital on the cover ("E-meeting, 31 January 2023").
        string place = metadata.Meeting!.Place!;
        Assert.Matches("^" + System.Text.RegularExpressions.Regex.Escape(char.ToUpperInvariant(place[0]) + place[1..]) + @", \d", cover[3][2]);
        Assert.Equal(["TD"], cover[4]);

        // The Abstract is in a table of its own after the cover table, as in TSB's forms.
        var labelled = cover.Skip(5).Concat(Rows(json.GetProperty("tables")[1])).ToDictionary(r => r[0], r => string.Join(" | ", r.Skip(1)), StringComparer.Ordinal);
        Assert.Equal(["Source:", "Title:", "Purpose:", "Contact:", "Keywords:", "Abstract:"], labelled.Keys);
        Assert.Equal(metadata.Source, labelled["Source:"]);
        Assert.Equal(metadata.Title, labelled["Title:"]);
        Assert.Equal(metadata.Purpose, labelled["Purpose:"]);
        Assert.Equal("Glenn Parsons\nEricsson\nCanada | Tel:\t+1 613 555 0100\nE-mail:\trg-iem-rapporteur@example.org", labelled["Contact:"]);
        Assert.Equal("TSAG; RG-IEM; industry engagement; metrics", labelled["Keywords:"]);
        Assert.Equal(metadata.Abstract, labelled["Abstract:"]);
    }

    [SkippableTheory]
    [MemberData(nameof(InteropSamples.Names), MemberType = typeof(InteropSamples))]
    public void Python_docx_sees_the_styles_section_headers_and_core_properties(string name)
    {
        var sample = InteropSamples.Get(name);
        var json = Read(name);
        string number = name.StartsWith("TSAG-", StringComparison.Ordinal) ? name : "TSAG-TDxxx";

        var paragraphs = json.GetProperty("paragraphs").EnumerateArray()
            .Select(p => (Style: p.GetProperty("style").GetString(), Text: p.GetProperty("text").GetString()!))
            .ToList();
        var headings = paragraphs.Where(p => p.Style is { } s && s.StartsWith("Heading ", StringComparison.Ordinal)).Select(p => p.Text).ToList();
        Assert.Equal(sample.Record.Headings.Count(h => h.Kind == Core.Model.HeadingKind.Clause), headings.Count);
        Assert.All(headings, h => Assert.Matches(@"^\d+(\.\d+)*\t\S", h));
        Assert.Equal(("End_of_document", new string('_', 23)), paragraphs[^1]);

        var section = json.GetProperty("section");
        Assert.Equal(11907L * 635, section.GetProperty("page_width").GetInt64());
        Assert.Equal(16840L * 635, section.GetProperty("page_height").GetInt64());
        Assert.True(section.GetProperty("different_first_page").GetBoolean());
        Assert.Equal(["- 2 -", number], section.GetProperty("header").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal([string.Empty], section.GetProperty("first_page_header").EnumerateArray().Select(e => e.GetString()));

        var core = json.GetProperty("core");
        Assert.Equal(sample.Record.Metadata.Title, core.GetProperty("title").GetString());
        Assert.Equal(number, core.GetProperty("subject").GetString());
        Assert.Equal("TSAG; RG-IEM; industry engagement; metrics", core.GetProperty("keywords").GetString());
        Assert.Equal("Glenn Parsons", core.GetProperty("author").GetString());
        Assert.Equal("en-GB", core.GetProperty("language").GetString());
    }
}
