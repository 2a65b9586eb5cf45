using Rgiem.Core.Model;
using Rgiem.Testing;

namespace Rgiem.Core.Tests;

public class GroupNameTests
{
    [Theory]
    [InlineData("WP2/TSAG", "WP2")]
    [InlineData("Q4/19", "Q4")]
    [InlineData("Q10/17", "Q10")]
    [InlineData("WP1/13", "WP1")]
    [InlineData("SG17", "SG17")]
    [InlineData("RG-IEM", "RG-IEM")]
    [InlineData("JCA-AHF", "JCA-AHF")]
    [InlineData("FG-AI4H", "FG-AI4H")]
    public void Groups_as_ITU_writes_them_are_accepted_and_give_the_action_prefix(string group, string prefix)
    {
        var (record, diagnostics) = Records.Check(Records.FrontMatter.Replace("group: RG-IEM", "group: " + group, StringComparison.Ordinal)
            + $"# 0 Actions\n\n{prefix}-1: to approve the report.\n\n# 1 Discussion\n\n{prefix}-1: to approve the report.\n");
        Assert.DoesNotContain(diagnostics, d => d.Id == "RG1018");
        Assert.Equal(group, record!.Record.Metadata.Group);
        Assert.Equal(prefix, record.Record.Metadata.EffectiveActionPrefix);
        Assert.DoesNotContain(diagnostics, d => d.Id.StartsWith("RG3", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("WP2//TSAG")]
    [InlineData("2WP")]
    [InlineData("RG IEM")]
    [InlineData("WP2/TSAG/X")]
    public void Other_names_are_refused_with_the_forms_ITU_uses(string group)
    {
        var (_, diagnostics) = Records.Bind(Records.FrontMatter.Replace("group: RG-IEM", "group: " + group, StringComparison.Ordinal));
        var refused = Assert.Single(diagnostics, d => d.Id == "RG1018");
        Assert.Contains("WP2/TSAG", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("TSAG", "TSAG", "TSAG", "TELECOMMUNICATION STANDARDIZATION ADVISORY GROUP")]
    [InlineData("SG17", "SG17", "STUDY GROUP 17", "STUDY GROUP 17")]
    [InlineData("STUDY GROUP 13", "SG13", "STUDY GROUP 13", "STUDY GROUP 13")]
    [InlineData("Study Group 9", "SG9", "STUDY GROUP 9", "STUDY GROUP 9")]
    public void A_parent_has_a_code_for_numbers_and_a_long_name_for_the_cover(string parent, string code, string longName, string fullName)
    {
        Assert.Equal(code, BodyNames.Code(parent));
        Assert.Equal(longName, BodyNames.LongName(parent));
        Assert.Equal(fullName, BodyNames.FullName(parent));
    }

    [Fact]
    public void A_short_number_takes_the_parents_code()
    {
        string text = Records.FrontMatter.Replace("parent: TSAG", "parent: STUDY GROUP 17", StringComparison.Ordinal).Replace("TSAG-TD521", "TD580", StringComparison.Ordinal);
        var (record, _) = Records.Bind(text);
        Assert.Equal("SG17-TD580", record!.Record.Metadata.Number!.Canonical);
    }
}
