using Rgiem.Bench.Corpus;
using Rgiem.Core.Compilation;
using Rgiem.Testing;

namespace Rgiem.Docx.Tests.Import;

/// <summary>
/// <c>import(build(record))</c> for records of the benchmark corpus, of both shapes (the generator of bench/Rgiem.Bench:
/// clauses and sub-clauses, bullet and numbered lists, nested ones in the varied shape, pipe tables, action items in
/// both styles): the same value on every cover field and the same paragraphs (style, list level, text) in the rebuilt
/// document, with the normalisations of <see cref="ImportRoundTrip.CoverFields"/>.
/// </summary>
public sealed class ImportCorpusRoundTripTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData("Standard")]
    [InlineData("Varied")]
    public void Generated_records_import_to_the_same_cover_and_document(string shape)
    {
        string corpus = temp.Combine("corpus");
        CorpusWriter.Write(corpus, 6, seed: 20241, Enum.Parse<CorpusShape>(shape));
        var compilation = Compiler.Compile(new CompilationOptions([corpus], corpus));
        Assert.Equal(6, compilation.Records.Count);
        foreach (var compiled in compilation.Records.OrderBy(r => r.FullPath, StringComparer.Ordinal))
        {
            Assert.False(compiled.HasErrors, compiled.DisplayPath + ": " + string.Join("; ", compiled.Diagnostics));
            var record = compiled.Bound!.Record;
            var built = new DocxRenderer().Render(record, corpus).Content!;
            string stem = Path.GetFileNameWithoutExtension(compiled.FullPath);
            var result = ImportRoundTrip.Run(built, temp.Combine("import-" + stem), stem);
            Assert.Equal(ImportRoundTrip.CoverFields(record.Metadata), ImportRoundTrip.CoverFields(result.Record.Metadata));
            Assert.Equal(ImportRoundTrip.Paragraphs(built), ImportRoundTrip.Paragraphs(result.Docx));

            // The documents table of the report comes back as the commented suggestion of the documents: list, every one.
            Assert.Equal(record.Metadata.Documents.Select(d => d.Number), result.Imported.Cover.SuggestedDocuments.Select(d => d.Number));
            Assert.Contains("\n# documents:\n#   - {number: " + record.Metadata.Documents[0].Number + ", title: \"", result.Markdown, StringComparison.Ordinal);
            Assert.Equal(record.Metadata.Meeting!.From, Assert.Single(result.Imported.Cover.SuggestedSessions).Date);
        }
    }
}
