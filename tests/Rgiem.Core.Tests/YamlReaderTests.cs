using System.Diagnostics;
using System.Text;
using Rgiem.Core.Yaml;

namespace Rgiem.Core.Tests;

public class YamlReaderTests
{
    [Fact]
    public void Keeps_positions_offset_to_the_file()
    {
        var result = YamlReader.Read("title: A\nmeeting:\n  place: Geneva\n", "r.md", firstLine: 1);
        var root = Assert.IsType<YamlMapping>(result.Root);
        var meeting = Assert.IsType<YamlMapping>(root.Find("meeting")!.Value);
        var place = meeting.Find("place")!;
        Assert.Equal(3, place.Key.Start.Line);
        Assert.Equal(2, place.Key.Start.Character);
        Assert.Equal("Geneva", ((YamlScalar)place.Value).Value);
    }

    [Fact]
    public void Refuses_aliases_so_an_alias_bomb_costs_nothing()
    {
        var yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 0; i < 20; i++)
        {
            char previous = (char)('a' + i);
            char name = (char)('a' + i + 1);
            yaml.Append(name).Append(": &").Append(name).Append(" [")
                .Append(string.Join(", ", Enumerable.Repeat("*" + previous, 9))).Append("]\n");
        }

        var watch = Stopwatch.StartNew();
        var result = YamlReader.Read(yaml.ToString(), "bomb.md", 1);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
        Assert.All(result.Diagnostics, d => Assert.Equal("RG1004", d.Id));
        Assert.True(result.Diagnostics.Count >= 20);
    }

    [Fact]
    public void A_syntax_error_points_at_the_YAML_line_in_the_file()
    {
        var result = YamlReader.Read("title: A\nabstract: \"unclosed\nkeywords: x\n", "r.md", firstLine: 1);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("RG1002", diagnostic.Id);
        Assert.InRange(diagnostic.Location.Start.Line, 2, 4);
        Assert.Null(result.Root);
    }

    [Fact]
    public void An_unclosed_flow_sequence_is_a_diagnostic_not_an_exception()
    {
        // YamlDotNet throws InvalidOperationException for this input.
        var result = YamlReader.Read("a: [1, 2\nb: c\n", "r.md", 1);
        Assert.Equal("RG1002", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void Custom_tags_are_refused_and_never_activated()
    {
        var result = YamlReader.Read("title: !!python/object:os.system ls\n", "r.md", 1);
        Assert.Contains(result.Diagnostics, d => d.Id == "RG1014");
    }

    [Fact]
    public void Standard_tags_are_accepted()
    {
        var result = YamlReader.Read("title: !!str 123\n", "r.md", 1);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Nesting_beyond_the_limit_is_RG1005()
    {
        string yaml = "a: " + new string('[', 100) + new string(']', 100) + "\n";
        var result = YamlReader.Read(yaml, "r.md", 1);
        Assert.Equal("RG1005", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void A_hundred_thousand_keys_stop_at_the_node_limit_quickly()
    {
        var yaml = new StringBuilder();
        for (int i = 0; i < 100_000; i++)
        {
            yaml.Append("key").Append(i).Append(": v\n");
        }

        var watch = Stopwatch.StartNew();
        var result = YamlReader.Read(yaml.ToString(), "r.md", 1);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        Assert.Equal("RG1005", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void A_tab_used_as_indentation_is_reported_on_its_own_line()
    {
        // YamlDotNet points at the start of the enclosing mapping (here line 2 of the file).
        var result = YamlReader.Read("number: TSAG-TD521\nmeeting:\n  from: 2024-07-29\n\tplace: Geneva\n", "r.md", 1);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("RG1002", diagnostic.Id);
        Assert.Equal(4, diagnostic.Location.Start.Line);
        Assert.Equal(0, diagnostic.Location.Start.Character);
    }
}
