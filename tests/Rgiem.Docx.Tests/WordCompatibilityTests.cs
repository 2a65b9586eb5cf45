using Rgiem.Testing;

namespace Rgiem.Docx.Tests;

/// <summary>
/// The structural rules of docs/word-compatibility.md (<see cref="WordCompatibility"/>) on every kind of document
/// rgiem writes (<see cref="OutputCorpus"/>); they need no external tool, so they run everywhere. The interop gate
/// opens the same documents with python-docx, pandoc and LibreOffice.
/// </summary>
public class WordCompatibilityTests
{
    [Theory]
    [MemberData(nameof(OutputCorpus.Names), MemberType = typeof(OutputCorpus))]
    public void Every_document_rgiem_writes_meets_the_word_rules(string name)
    {
        var document = OutputCorpus.Get(name);
        WordCompatibility.AssertCompatible(document.Bytes, document.Template, name);
    }

    [Fact]
    public void The_corpus_holds_every_kind_of_document()
    {
        var names = OutputCorpus.Documents.Select(d => d.Name).ToList();
        foreach (string prefix in new[] { "types/", "rg-iem/", "group/", "template/", "from-itu-t.dotx/", "delta/", "logo/" })
        {
            Assert.Contains(names, n => n.StartsWith(prefix, StringComparison.Ordinal));
        }

        Assert.Contains("types/TSAG-R2", names);
        Assert.Contains("rg-iem/TSAG-TD255", names);
        Assert.Contains("from-itu-t.dotx/TSAG-TD255", names);
        Assert.Contains("from-itu-t.dotx/TSAG-R2", names);
        Assert.Contains("review/TSAG-TD077", names);
        Assert.Contains("from-itu-t.dotx/review-TSAG-TD077", names);
        Assert.Equal(Enum.GetValues<Rgiem.Core.Model.DocumentType>().Length, OutputCorpus.Documents.Count(d => d.Template)); // one exported template per document type
    }

    [Fact]
    public void The_rules_catch_what_word_refuses()
    {
        // A .docx whose main part keeps a template's content type (what builds from a .dotx used to write).
        byte[] docx = OutputCorpus.Get("types/TSAG-R2").Bytes;
        Assert.Contains(WordCompatibility.Check(docx, template: true), v => v.StartsWith("W3 ", StringComparison.Ordinal));
        Assert.Contains(WordCompatibility.Check(OutputCorpus.Get("template/itu-t").Bytes, template: false), v => v.StartsWith("W3 ", StringComparison.Ordinal));
    }
}
