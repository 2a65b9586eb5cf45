using Rgiem.Testing;

namespace Rgiem.Core.Tests;

/// <summary>YAML is read as events only: no tag ever makes an object, no alias is ever expanded.</summary>
public sealed class YamlSafetyTests
{
    [Fact]
    public void No_source_file_uses_YamlDotNet_serialization()
    {
        var offenders = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("YamlDotNet.Serialization", StringComparison.Ordinal))
            .ToList();
        Assert.Empty(offenders);
    }

    [Theory]
    [InlineData("title: !!python/object/apply:os.system [\"echo pwned\"]", "RG1014")]
    [InlineData("title: !<tag:yaml.org,2002:js/function> 'function(){}'", "RG1014")]
    [InlineData("title: !!binary aGVsbG8=", "RG1014")]
    [InlineData("title: &a [*a, *a]", "RG1004")]
    public void A_type_tag_or_an_alias_in_the_front_matter_is_refused_with_a_diagnostic(string line, string id)
    {
        string text = Records.FrontMatter.Replace("title: Draft report of the RG-IEM meeting", line, StringComparison.Ordinal) + "Text.\n";
        var (_, diagnostics) = Records.Bind(text);
        Assert.Contains(diagnostics, d => d.Id == id);
    }
}
