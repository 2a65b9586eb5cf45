using Rgiem.Core.References;

namespace Rgiem.Core.Tests;

public class DocumentNumberTests
{
    [Theory]
    [InlineData("TSAG-TD064R1", "TSAG-TD064R1")]
    [InlineData("TSAG-TD521", "TSAG-TD521")]
    [InlineData("TSAG-C015R1", "TSAG-C015R1")]
    [InlineData("TD 120 Rev.1", "TD120R1")]
    [InlineData("TD125-R1", "TD125R1")]
    [InlineData("SG17-TD580/PLEN", "SG17-TD580/PLEN")]
    [InlineData("WTSA-20 C103", "WTSA-20 C103")]
    [InlineData("TD666R4", "TD666R4")]
    [InlineData("TSAG\u2011TD9", "TSAG-TD009")]
    public void Parses_every_written_form_into_one_canonical_form(string written, string canonical)
    {
        Assert.True(DocumentNumber.TryParse(written, out var number));
        Assert.Equal(canonical, number!.Canonical);
    }

    [Theory]
    [InlineData("")]
    [InlineData("TSAG")]
    [InlineData("TSAG-XY12")]
    [InlineData("TD")]
    [InlineData("TD12345")]
    public void Rejects_what_is_not_a_document_number(string text) =>
        Assert.False(DocumentNumber.TryParse(text, out _));

    [Fact]
    public void A_short_form_takes_the_parent_body()
    {
        Assert.True(DocumentNumber.TryParse("TD666R4", out var number));
        Assert.Equal("TSAG-TD666R4", number!.WithDefaultBody("TSAG").Canonical);
        Assert.Equal("TSAG-TD666", number.WithDefaultBody("TSAG").BaseNumber);
    }
}
