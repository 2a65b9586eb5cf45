using Rgiem.Cli.Tests.Support;
using Rgiem.Core.Diagnostics;

namespace Rgiem.Cli.Tests;

public class ExplainCommandTests
{
    [Theory]
    [InlineData("RG1007")]
    [InlineData("rg1007")]
    [InlineData("1007")]
    public void Explain_prints_the_documentation_entry(string id)
    {
        var (code, output, error) = CliRunner.Run(Path.GetTempPath(), "explain", id);
        Assert.True(code == 0, error);
        Assert.StartsWith("RG1007: Unknown key\n\nDefault severity: warning", output, StringComparison.Ordinal);
        Assert.Contains("Bad:", output, StringComparison.Ordinal);
        Assert.Contains("Good:", output, StringComparison.Ordinal);
        Assert.DoesNotContain("## RG1008", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_diagnostic_can_be_explained()
    {
        foreach (var descriptor in DiagnosticCatalog.All)
        {
            var (code, output, _) = CliRunner.Run(Path.GetTempPath(), "explain", descriptor.Id);
            Assert.Equal(0, code);
            Assert.StartsWith($"{descriptor.Id}: {descriptor.Title}\n\nDefault severity:", output, StringComparison.Ordinal);
            Assert.Contains("Good:", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_unknown_id_exits_2_with_the_closest_one()
    {
        var (code, output, error) = CliRunner.Run(Path.GetTempPath(), "explain", "RG7101");
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("'RG7101' is not a diagnostic ID. Did you mean RG7001 (Placeholder left in the text)?", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_without_an_id_lists_every_diagnostic()
    {
        var (code, output, _) = CliRunner.Run(Path.GetTempPath(), "explain");
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(DiagnosticCatalog.All.Count, lines.Length);
        Assert.Equal("RG0001  error    File cannot be read", lines[0]);
        Assert.Contains("RG7001  warning  Placeholder left in the text", lines);
    }
}
