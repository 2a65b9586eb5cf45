using Rgiem.Core.Compilation;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.References;
using Rgiem.Core.Text;
using Rgiem.Testing;

namespace Rgiem.Core.Tests;

public sealed class DocumentRegistryTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("rgiem-registry-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static (DocumentRegistry? Registry, IReadOnlyList<Diagnostic> Diagnostics) Yaml(string text)
    {
        var bag = new DiagnosticBag();
        var registry = DocumentRegistry.ReadYaml(new SourceText("documents.yaml", text), bag);
        return (registry, bag.ToList());
    }

    private static (DocumentRegistry? Registry, IReadOnlyList<Diagnostic> Diagnostics) Csv(string text)
    {
        var bag = new DiagnosticBag();
        var registry = DocumentRegistry.ReadCsv(new SourceText("documents.csv", text), bag);
        return (registry, bag.ToList());
    }

    [Fact]
    public void Reads_yaml_entries_with_their_positions_and_latest_revisions()
    {
        var (registry, diagnostics) = Yaml("""
            - {number: TSAG-TD624, title: Updated action plan, source: IEWSC Chair, revision: 2}
            - number: TSAG-TD666R4
              title: Proposed revision of WTSA Resolution 68
            - WTSA-20 C103
            - DOC5 (230131)
            """);
        Assert.Empty(diagnostics);
        Assert.Equal(
            ["TSAG-TD624R2", "TSAG-TD666R4", "WTSA-20 C103", "DOC5 (230131)"],
            registry!.Documents.Select(d => d.Canonical));
        var first = registry.Documents[0];
        Assert.Equal(("Updated action plan", "IEWSC Chair", KnownDocumentOrigin.Registry), (first.Title, first.Source, first.Origin));
        Assert.Equal((0, 11), (first.Location.Start.Line, first.Location.Start.Character));
        Assert.Equal((1, 10), (registry.Documents[1].Location.Start.Line, registry.Documents[1].Location.Start.Character));
    }

    [Fact]
    public void Reports_yaml_problems_where_they_are_written()
    {
        var (registry, diagnostics) = Yaml("""
            - {number: TSAG-TD624, titel: Updated action plan}
            - {number: TSAG TD 624 rev 2}
            - {title: No number}
            - {number: TSAG-TD666R4, revision: 3}
            - {number: TSAG-TD064R1}
            - {number: TSAG-TD64-R1}
            - {number: DOC5 (231331)}
            - [TSAG-TD1]
            """);
        Assert.Equal(
            ["RG4010@1:24", "RG4008@2:12", "RG4010@3:3", "RG4010@4:36", "RG4009@6:12", "RG4006@7:12", "RG4010@8:3"],
            diagnostics.Brief());
        Assert.Contains("did you mean 'title'?", diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Contains("TSAG-TD666R4 says revision R4 but 'revision' says 3", diagnostics[3].Message, StringComparison.Ordinal);
        Assert.Equal(["TSAG-TD624", "TSAG-TD064R1", "DOC5 (231331)"], registry!.Documents.Select(d => d.Canonical));
    }

    [Fact]
    public void A_yaml_registry_that_is_not_a_list_is_refused()
    {
        var (registry, diagnostics) = Yaml("number: TSAG-TD624\n");
        Assert.Null(registry);
        Assert.Equal(["RG4010@1:1"], diagnostics.Brief());
        Assert.Single(Yaml("documents:\n  - TSAG-TD624\n").Registry!.Documents);
    }

    [Fact]
    public void Reads_csv_rows_with_quotes_and_columns_in_any_order()
    {
        var (registry, diagnostics) = Csv(
            "title,number,revision,source\n" +
            "\"Updated action plan, July 2024\",TSAG-TD624,2,IEWSC Chair\n" +
            "\n" +
            "\"Say \"\"hello\"\"\",TSAG-C102,,Canada\n");
        Assert.Empty(diagnostics);
        Assert.Equal(["TSAG-TD624R2", "TSAG-C102"], registry!.Documents.Select(d => d.Canonical));
        Assert.Equal("Updated action plan, July 2024", registry.Documents[0].Title);
        Assert.Equal("Say \"hello\"", registry.Documents[1].Title);
        Assert.Equal((3, 16), (registry.Documents[1].Location.Start.Line, registry.Documents[1].Location.Start.Character));
    }

    [Fact]
    public void Reads_csv_saved_with_semicolons()
    {
        var (registry, diagnostics) = Csv("number;title\nTSAG-TD624R2;Updated action plan, July 2024\n");
        Assert.Empty(diagnostics);
        Assert.Equal("Updated action plan, July 2024", Assert.Single(registry!.Documents).Title);
    }

    [Fact]
    public void Reports_csv_problems_where_they_are_written()
    {
        var (registry, diagnostics) = Csv(
            "number,title,revision\n" +
            "TSAG-TD624,Updated action plan, July 2024,2\n" +
            "TSAG-TD625,Fine,x\n" +
            "TD12a,Bad number,\n" +
            "TSAG-TD626,\"Unclosed,1\n");
        Assert.Equal(["RG4010@2:1", "RG4010@3:17", "RG4008@4:1", "RG4010@5:12"], diagnostics.Brief());
        Assert.Contains("this row has 4 field(s) but the header has 3", diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Contains("a quoted field is not closed", diagnostics[3].Message, StringComparison.Ordinal);
        Assert.Empty(registry!.Documents);
    }

    [Fact]
    public void A_csv_header_without_the_number_column_is_refused()
    {
        var (registry, diagnostics) = Csv("numbr,title\nTSAG-TD624,Plan\n");
        Assert.Null(registry);
        Assert.Equal(["RG4010@1:1"], diagnostics.Brief());
        Assert.Contains("did you mean 'number'?", diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_finds_no_registry_in_a_folder_without_one()
    {
        var bag = new DiagnosticBag();
        Assert.Null(DocumentRegistry.Load(directory, Path.GetFileName, bag));
        Assert.Empty(bag.ToList());
    }

    [Fact]
    public void Load_prefers_yaml_and_says_when_both_files_exist()
    {
        File.WriteAllText(Path.Combine(directory, "documents.yaml"), "- TSAG-TD624\n");
        File.WriteAllText(Path.Combine(directory, "documents.csv"), "number\nTSAG-TD999\n");
        var bag = new DiagnosticBag();
        var registry = DocumentRegistry.Load(directory, Path.GetFileName, bag);
        Assert.Equal("documents.yaml", registry!.FileName);
        Assert.Equal("TSAG-TD624", Assert.Single(registry.Documents).Canonical);
        var diagnostic = Assert.Single(bag.ToList());
        Assert.Equal(("RG4010", "documents.csv"), (diagnostic.Id, diagnostic.Location.Path));
    }

    [Fact]
    public void The_compiler_checks_records_against_their_projects_registry_and_reports_its_problems_once()
    {
        File.WriteAllText(Path.Combine(directory, "documents.csv"), "number,title,source,revision\nTSAG-TD666,Resolution 68,,4\nTSAG-TD666,Resolution 68 again,,4\n");
        File.WriteAllText(Path.Combine(directory, "report.md"), Records.WithBody("# 1 Results\n\nTD666R4 was agreed; TSAG-TD700 was noted.\n"));
        var result = Compiler.Compile(new CompilationOptions([directory, Path.Combine(directory, "report.md")], directory, MaxDegreeOfParallelism: 1));
        Assert.Equal(["documents.csv:RG4009@3:1"], result.Diagnostics.Select(d => $"{d.Location.Path}:{d.Id}@{d.Location.Start.Line + 1}:{d.Location.Start.Character + 1}"));
        var record = Assert.Single(result.Records);
        Assert.Equal(["RG4003@15:21"], record.Diagnostics.Where(d => d.Id.StartsWith("RG4", StringComparison.Ordinal)).Brief());
        Assert.Contains("is not in documents.csv", record.Diagnostics.Single(d => d.Id == "RG4003").Message, StringComparison.Ordinal);
    }
}
