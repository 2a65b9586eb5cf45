using Rgiem.Core.Diagnostics;
using Rgiem.Core.References;

namespace Rgiem.Core.Tests;

public class DocumentIndexTests
{
    private static DocumentIndex Index(string? parent, params string[] numbers)
    {
        var builder = new DocumentListBuilder(KnownDocumentOrigin.List, (d, _, _) => Assert.Fail("unexpected " + d.Id), DocumentIndex.BodyOfParent(parent));
        foreach (string number in numbers)
        {
            builder.Add(number, SourceLocation.None, null, null);
        }

        return new DocumentIndex(builder.Documents, DocumentIndex.BodyOfParent(parent));
    }

    private static ResolvedReference Resolve(DocumentIndex index, string text) =>
        index.Resolve(Assert.Single(DocumentReferenceScanner.Scan(text)))!;

    [Fact]
    public void A_short_form_resolves_against_the_list_whatever_the_body()
    {
        var index = Index("TSAG", "TSAG-TD145", "WTSA-20 C99R1");
        var resolved = Resolve(index, "C99R1");
        Assert.True(resolved.IsKnown);
        Assert.Equal("WTSA-20 C099R1", resolved.Canonical);
        Assert.Equal("WTSA-20 C099", resolved.Id.Key);
    }

    [Fact]
    public void A_short_form_nothing_lists_takes_the_parent_body()
    {
        var index = Index("TSAG", "WTSA-20 C99R1");
        var resolved = Resolve(index, "TD666R4");
        Assert.False(resolved.IsKnown);
        Assert.Equal("TSAG-TD666R4", resolved.Canonical);
        Assert.Null(resolved.LatestRevision);
    }

    [Fact]
    public void On_a_tie_the_parent_body_wins()
    {
        var index = Index("TSAG", "WTSA-20 C99", "TSAG-C099");
        Assert.Equal("TSAG-C099", Resolve(index, "C99").Id.Key);
    }

    [Fact]
    public void The_latest_revision_is_the_highest_any_entry_knows()
    {
        var index = Index("TSAG", "TSAG-TD666R2", "TD666R4", "TSAG-TD599");
        Assert.Equal(4, Resolve(index, "TSAG-TD666").LatestRevision);
        Assert.Equal(0, Resolve(index, "TD599R1").LatestRevision);
    }

    [Fact]
    public void A_number_without_series_names_the_only_series_known()
    {
        var index = Index("STUDY GROUP 17", "SG17-TD580/PLEN");
        var resolved = Resolve(index, "TD580");
        Assert.True(resolved.IsKnown);
        Assert.Equal("SG17-TD580/PLEN", resolved.Canonical);
    }

    [Fact]
    public void Meeting_documents_are_identified_by_number_and_date()
    {
        var index = Index("TSAG", "DOC5 (230131)", "DOC5 (230404)");
        Assert.True(Resolve(index, "DOC5 (230404)").IsKnown);
        Assert.False(Resolve(index, "DOC5 (230505)").IsKnown);
    }

    [Theory]
    [InlineData("TSAG", "TSAG")]
    [InlineData("STUDY GROUP 17", "SG17")]
    [InlineData("Study Group 9", "SG9")]
    [InlineData("SG 13", "SG13")]
    [InlineData("WTSA\u201120", "WTSA-20")]
    [InlineData("Council", null)]
    [InlineData(null, null)]
    public void Knows_the_body_of_a_parent(string? parent, string? body) =>
        Assert.Equal(body, DocumentIndex.BodyOfParent(parent));
}
