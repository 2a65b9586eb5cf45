using System.Diagnostics;
using System.Text;
using Rgiem.Core.Binding;
using Rgiem.Core.Compilation;
using Rgiem.Core.Delta;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Text;
using Rgiem.Testing;

namespace Rgiem.Core.Tests;

/// <summary>
/// The cases of issue 17 that Core answers: empty required fields, annexes after Z and clause numbers out of
/// range, the include budget (a fan-out grows tenfold per level), control characters in printed text, and a
/// delta that reports what a build reports instead of dropping text.
/// </summary>
public class HostileInputTests
{
    [Theory]
    [InlineData("title: Draft report of the RG-IEM meeting", "title: ~", "title")]
    [InlineData("title: Draft report of the RG-IEM meeting", "title: \"\"", "title")]
    [InlineData("title: Draft report of the RG-IEM meeting", "title: ' '", "title")]
    [InlineData("title: Draft report of the RG-IEM meeting", "title:", "title")]
    [InlineData("abstract: This TD contains the draft report.", "type: C\nabstract: ~", "abstract")] // required on a contribution (optional on a TD)
    [InlineData("source: Rapporteur, TSAG RG-IEM", "source: ~", "source")]
    [InlineData("contacts:\n  - {name: Glenn Parsons, organization: Ericsson, country: Canada, email: rapporteur@example.org}", "contacts: []", "contacts")]
    [InlineData("contacts:\n  - {name: Glenn Parsons, organization: Ericsson, country: Canada, email: rapporteur@example.org}", "contacts: ~", "contacts")]
    [InlineData("{name: Glenn Parsons,", "{name: '  ',", "contacts[0].name")]
    public void RG1009_an_empty_required_field_is_reported_at_its_key(string line, string empty, string field)
    {
        string text = Records.FrontMatter.Replace(line, empty, StringComparison.Ordinal);
        Assert.NotEqual(Records.FrontMatter, text);
        var (_, diagnostics) = Records.Check(text);
        var error = Assert.Single(diagnostics, d => d.Id == "RG1009");
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Contains($"'{field}' is empty", error.Message, StringComparison.Ordinal);
        Assert.NotEqual(0, error.Location.Start.Line);
    }

    [Fact]
    public void RG1009_an_empty_field_of_the_record_does_not_fall_back_on_the_projects_default()
    {
        using var folder = new TempFolder();
        folder.Write("rgiem.yaml", "defaults:\n  source: Rapporteur, TSAG RG-IEM\n");
        folder.Write("r.md", Records.FrontMatter.Replace("source: Rapporteur, TSAG RG-IEM", "source: ~", StringComparison.Ordinal) + "# 1 Introduction\n\nText.\n");
        var result = Compiler.Compile(new CompilationOptions(["."], folder.FullPath, MaxDegreeOfParallelism: 1));
        Assert.Contains(result.AllDiagnostics, d => d.Id == "RG1009" && d.Message.Contains("'source' is empty", StringComparison.Ordinal));
    }

    [Fact]
    public void A_complete_front_matter_has_no_RG1009()
    {
        var (_, diagnostics) = Records.Check(Records.WithBody("# 1 Introduction\n\nText.\n"));
        Assert.DoesNotContain(diagnostics, d => d.Id == "RG1009");
    }

    [Fact]
    public void RG2013_the_27th_annex_is_not_a_second_annex_Z()
    {
        string annexes = string.Concat(Enumerable.Range(0, 27).Select(i => $"# Annex\n\nText {i}.\n\n"));
        var (record, diagnostics) = Records.Check(Records.WithBody("# 1 Introduction\n\nText.\n\n" + annexes));
        var error = Assert.Single(diagnostics, d => d.Id == "RG2013");
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal("Z", record!.Record.Headings.Where(h => h.Kind == Model.HeadingKind.Annex).ElementAt(25).Number);
    }

    [Fact]
    public void Twenty_six_annexes_are_fine()
    {
        string annexes = string.Concat(Enumerable.Range(0, 26).Select(i => $"# Annex\n\nText {i}.\n\n"));
        var (_, diagnostics) = Records.Check(Records.WithBody("# 1 Introduction\n\nText.\n\n" + annexes));
        Assert.DoesNotContain(diagnostics, d => d.Id == "RG2013");
    }

    [Theory]
    [InlineData("# 99999999999999999999 Huge clause", "99999999999999999999")]
    [InlineData("# 100 Clause", "100")]
    [InlineData("## 1.2.3.4.5.6.7 Deep", "1.2.3.4.5.6.7")]
    [InlineData("## 1.234 Sub-clause", "1.234")]
    public void RG2014_a_heading_that_starts_with_a_number_out_of_range(string heading, string number)
    {
        var (_, diagnostics) = Records.Check(Records.WithBody("# 1 Introduction\n\nText.\n\n" + heading + "\n\nText.\n"));
        var warning = Assert.Single(diagnostics, d => d.Id == "RG2014");
        Assert.Contains("'" + number + "'", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("# 2 Documents")]
    [InlineData("# 2.1 Documents")]
    [InlineData("# Documents of 2024")]
    public void Clause_numbers_in_range_have_no_RG2014(string heading)
    {
        var (_, diagnostics) = Records.Check(Records.WithBody("# 1 Introduction\n\nText.\n\n" + heading + "\n\nText.\n"));
        Assert.DoesNotContain(diagnostics, d => d.Id == "RG2014");
    }

    [Fact]
    public void RG2028_an_include_fan_out_stops_at_the_budget_in_linear_time()
    {
        // Each level includes the next ten times: 10^7 leaves without a budget (10^6 took 44 s, nine levels never finished).
        using var folder = new TempFolder();
        string Ten(string file) => string.Concat(Enumerable.Repeat("```{include} " + file + "\n```\n\n", 10));
        for (int level = 0; level < 6; level++)
        {
            folder.Write($"l{level}.md", Ten($"l{level + 1}.md"));
        }

        folder.Write("l6.md", "Leaf text.\n");
        folder.Write("r.md", Records.WithBody("# 1 Introduction\n\n" + Ten("l0.md")));
        var watch = Stopwatch.StartNew();
        var result = Compiler.Compile(new CompilationOptions(["r.md"], folder.FullPath, MaxDegreeOfParallelism: 1));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
        var error = Assert.Single(result.AllDiagnostics, d => d.Id == "RG2028");
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
    }

    [Fact]
    public void RG2028_the_included_characters_are_counted_too()
    {
        using var folder = new TempFolder();
        string paragraph = new string('x', 60_000) + "\n\n";
        folder.Write("big.md", string.Concat(Enumerable.Repeat(paragraph, 100)));
        string includes = string.Concat(Enumerable.Repeat("```{include} big.md\n```\n\n", 4));
        string text = Records.WithBody("# 1 Introduction\n\n" + includes);
        folder.Write("r.md", text);
        var bag = new DiagnosticBag();
        var includer = new IncludeResolver(folder.Combine("r.md"), folder.FullPath, p => Path.GetRelativePath(folder.FullPath, p));
        RecordBinder.Bind(new SourceText("r.md", SourceText.Normalize(text)), null, bag, includer);
        var budget = Assert.Single(bag.ToList(), d => d.Id == "RG2028");
        Assert.Equal("r.md", budget.Location.Path);
    }

    [Fact]
    public void A_few_includes_of_the_same_file_are_within_the_budget()
    {
        using var folder = new TempFolder();
        folder.Write("part.md", "Shared text.\n");
        folder.Write("r.md", Records.WithBody("# 1 Introduction\n\n" + string.Concat(Enumerable.Repeat("```{include} part.md\n```\n\n", 20))));
        var result = Compiler.Compile(new CompilationOptions(["r.md"], folder.FullPath, MaxDegreeOfParallelism: 1));
        Assert.DoesNotContain(result.AllDiagnostics, d => d.Id == "RG2028");
    }

    [Theory]
    [InlineData("\u001b]0;pwned\u0007", "\\x1B]0;pwned\\x07")]
    [InlineData("\u001b[2J\u001b[31mred", "\\x1B[2J\\x1B[31mred")]
    [InlineData("a\u009bb\u202Ec\r\nd", "a\\x9Bb\\u202Ec\\x0D\\x0Ad")]
    [InlineData("plain text, é, 😀", "plain text, é, 😀")]
    public void Control_characters_are_shown_escaped(string text, string shown) =>
        Assert.Equal(shown, ControlCharacters.Escape(text));

    [Fact]
    public void A_diagnostic_line_never_carries_a_terminal_escape_sequence()
    {
        var (_, diagnostics) = Records.Check(Records.FrontMatter.Replace("from: 2024-07-29", "from: \"\\e]0;pwned\\a\\e[2J\"", StringComparison.Ordinal));
        var invalid = Assert.Single(diagnostics, d => d.Id == "RG1010");
        Assert.Contains('\u001b', invalid.Message);
        Assert.DoesNotContain('\u001b', invalid.ToString());
        Assert.Contains("\\x1B]0;pwned\\x07", invalid.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Delta_reports_broken_front_matter_instead_of_an_empty_cover()
    {
        var diagnostics = new DiagnosticBag();
        var version = DeltaLoader.Load(Encoding.UTF8.GetBytes("---\ntitle: [unclosed\n---\n\n# 1 Text\n"), "a.md", null, null, diagnostics);
        Assert.Null(version);
        Assert.Contains(diagnostics.ToList(), d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void Delta_refuses_a_paragraph_build_refuses_instead_of_dropping_it()
    {
        string text = "Short.\n\n" + new string('a', 70_000) + "\n\n" + new string('b', 70_000) + "\n";
        var diagnostics = new DiagnosticBag();
        Assert.Null(DeltaLoader.Load(Encoding.UTF8.GetBytes(text), "a.md", null, null, diagnostics));
        Assert.Contains(diagnostics.ToList(), d => d.Id == "RG2012");
    }

    [Fact]
    public void Delta_refuses_a_quote_nested_as_build_refuses_it()
    {
        string text = Records.WithBody("# 1 Introduction\n\n" + new string('>', 5000) + " deep\n");
        var diagnostics = new DiagnosticBag();
        Assert.Null(DeltaLoader.Load(Encoding.UTF8.GetBytes(text), "a.md", null, null, diagnostics));
        Assert.Contains(diagnostics.ToList(), d => d.Id == "RG2001");
    }

    [Fact]
    public void Delta_still_binds_a_clean_text()
    {
        var diagnostics = new DiagnosticBag();
        var version = DeltaLoader.Load(Encoding.UTF8.GetBytes(Records.WithBody("# 1 Introduction\n\nText.\n")), "a.md", null, null, diagnostics);
        Assert.NotNull(version);
        Assert.True(version.IsRecord);
        Assert.Empty(diagnostics.ToList());
    }
}
