namespace Rgiem.Cli.Tests;

/// <summary>The validators the format tests rely on must reject what they are meant to catch.</summary>
public class ValidatorSelfTests
{
    private const string Broken = """
        {
          "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
          "version": "2.1.0",
          "runs": [{
            "tool": {"driver": {"name": "rgiem", "semanticVersion": "one", "rules": [
              {"id": "RG0001", "name": "A", "shortDescription": {"text": "a"}, "fullDescription": {"text": "a"}, "helpUri": "docs/x.md", "defaultConfiguration": {"level": "fatal"}}
            ]}},
            "originalUriBaseIds": {"%SRCROOT%": {"uri": "file:///work"}},
            "columnKind": "bytes",
            "results": [
              {"ruleIndex": 0, "level": "warning", "message": {"text": "m"}},
              {"ruleId": "RG0002", "ruleIndex": 0, "level": "info", "message": {"text": "m"},
               "locations": [{"physicalLocation": {"artifactLocation": {"uri": "C:\\x\\y.md", "uriBaseId": "%OTHER%"}, "region": {"startLine": 0, "startColumn": 5, "endLine": 0, "endColumn": 2}}}]},
              {"ruleId": "RG0001", "ruleIndex": 3, "level": "error", "message": {"text": "m"}}
            ]
          }]
        }
        """;

    [Fact]
    public void Sarif_validator_reports_each_kind_of_problem()
    {
        string problems = string.Join("\n", SarifValidator.Validate(Broken));
        foreach (string expected in new[]
        {
            "semanticVersion", "helpUri", "defaultConfiguration.level", "originalUriBaseIds['%SRCROOT%'].uri", "columnKind",
            "results[0].ruleId", "results[1].ruleIndex", "results[1].level", "uriBaseId: not in originalUriBaseIds",
            "is not a relative URI", "startLine: 0", "endColumn: 2", "results[2].ruleIndex",
        })
        {
            Assert.Contains(expected, problems, StringComparison.Ordinal);
        }

        Assert.StartsWith("not JSON: ", Assert.Single(SarifValidator.Validate("{\"a\"}")), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_validator_reports_missing_and_inconsistent_fields()
    {
        string problems = string.Join("\n", JsonReportValidator.Validate("""
            {"formatVersion": 2, "tool": "other", "version": "x", "command": "check", "exitCode": 0,
             "summary": {"records": 0, "errors": 1, "warnings": 0, "infos": 0, "written": 0},
             "records": [], "written": [],
             "diagnostics": [{"id": "RG7001", "severity": "fatal", "defaultSeverity": "warning", "title": "Wrong", "message": "m",
               "category": "Readiness", "helpUri": "x", "text": "t", "path": null, "line": 3, "column": null, "endLine": null, "endColumn": null}]}
            """));
        foreach (string expected in new[] { "formatVersion is not 1", "tool is not rgiem", "version is not", "severity is not", "title differs", "helpUri does not", "line is set but path is null", "summary counts" })
        {
            Assert.Contains(expected, problems, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void GitHub_validator_rejects_unescaped_properties()
    {
        var problems = GitHubCommandValidator.Validate("::error file=a,b.md,line=1,title=RG0001::m\n::warning line=0,title=X::m\nplain text\n");
        Assert.Collection(
            problems,
            p => Assert.StartsWith("bad property 'b.md'", p, StringComparison.Ordinal),
            p => Assert.StartsWith("no title=RGnnnn", p, StringComparison.Ordinal),
            p => Assert.StartsWith("line is not a positive number", p, StringComparison.Ordinal),
            p => Assert.StartsWith("line without file", p, StringComparison.Ordinal),
            p => Assert.StartsWith("not a workflow command", p, StringComparison.Ordinal));
    }
}
