using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Rgiem.Core.Compilation;
using Rgiem.Core.Delta;
using Rgiem.Core.Diagnostics;
using Rgiem.Docx.Packaging;
using Rgiem.Docx.Templates;
using Rgiem.Docx.Writers;

namespace Rgiem.Docx.Delta;

/// <summary>
/// Renders the delta of two versions of a text: the new version in the built-in house style, with its cover
/// page, where every change from the old version is a Word revision (w:ins, w:del, paragraph-mark and table-row
/// revisions, w:rPrChange). Both versions are rendered by the normal writers into the same package, and the
/// old blocks are merged into the new ones by <see cref="ElementMerger"/>; accepting every revision gives the
/// new version's text and rejecting every revision the old one's.
/// </summary>
public sealed class DeltaRenderer(DeltaRenderOptions options)
{
    /// <summary>How many revision marks the last <see cref="Render"/> wrote.</summary>
    public int RevisionCount { get; private set; }

    /// <param name="oldVersion">The old text.</param>
    /// <param name="newVersion">The new text; its front matter gives the cover, the page header and the language.</param>
    /// <param name="baseDirectory">The folder a logo path is relative to.</param>
    public RenderResult Render(DeltaVersion oldVersion, DeltaVersion newVersion, string baseDirectory)
    {
        var diagnostics = new DiagnosticBag();
        var main = newVersion.IsRecord || !oldVersion.IsRecord ? newVersion : oldVersion;
        var metadata = main.Record.Metadata with { Toc = false };
        string documentNumber = CoverPageWriter.DocumentNumber(metadata);
        var revisions = new Revisions(options.Author, options.Date);
        var relationships = PackageWriter.MainRelationships();
        var state = new RenderState(relationships, main.Record.Path);

        // The new version first, so that its lists and links get the same ids as in a normal build.
        var newContent = Content(newVersion, state, baseDirectory, diagnostics);
        var oldContent = Content(oldVersion, state, baseDirectory, diagnostics);
        var notes = state.Footnotes.ToDictionary(f => f.Id?.Value ?? 0, f => f.InnerText);
        var merged = new ElementMerger(revisions, id => notes.GetValueOrDefault(id, string.Empty)).Merge(oldContent, newContent);

        // Only the notes the merged text cites (a note both versions share is cited once).
        var cited = merged.SelectMany(e => e.Descendants<FootnoteReference>()).Select(r => r.Id?.Value ?? 0).ToHashSet();
        var anchored = merged.SelectMany(e => e.Descendants<CommentReference>()).Select(r => r.Id?.Value).ToHashSet(StringComparer.Ordinal);
        byte[] package = PackageWriter.Write(new WordPackage
        {
            Language = metadata.Language,
            TrackRevisions = true,
            Document = new Document(DocxRenderer.Body(merged)),
            Numbering = state.Numbering,
            LaterPagesHeader = HeaderWriter.LaterPages(documentNumber, styleRef: metadata.Type != Core.Model.DocumentType.Conference),
            Footnotes = DocxRenderer.Footnotes(state.Footnotes.Where(f => cited.Contains(f.Id?.Value ?? 0)), StyleMapping.Identity),
            Comments = DocxRenderer.Comments(state.Review.Comments.Where(c => anchored.Contains(c.Id?.Value)), StyleMapping.Identity),
            Relationships = relationships,
            CoreProperties = CorePropertiesWriter.Write(metadata, documentNumber),
            AppProperties = DocPropertiesWriter.App(metadata),
            CustomProperties = DocPropertiesWriter.Custom(metadata, documentNumber),
        });
        diagnostics.AddRange(state.Diagnostics.ToList());
        List<string> validationErrors = options.Validate ? [.. DocxRenderer.Validate(new MemoryStream(package, writable: false))] : [];

        RevisionCount = revisions.Count;
        if (validationErrors.Count > 0)
        {
            diagnostics.Add(RenderDescriptors.InvalidOutput, SourceLocation.FileOnly(newVersion.Record.Path), string.Join("; ", validationErrors.Take(3)));
            return new RenderResult(null, diagnostics.ToList());
        }

        return new RenderResult(package, diagnostics.ToList());
    }

    /// <summary>The blocks of one version as a normal build writes them: the cover (records only), the body, the closing line.</summary>
    private static List<OpenXmlElement> Content(DeltaVersion version, RenderState state, string baseDirectory, DiagnosticBag diagnostics)
    {
        var record = version.Record with { Metadata = version.Record.Metadata with { Toc = false } };
        state.CrossReferences = Core.Model.CrossReferences.Of(record.Body);
        var bodyWriter = new BodyWriter(state);
        IEnumerable<OpenXmlElement> cover = version.IsRecord
            ? new CoverPageWriter(state, bodyWriter).Write(record.Metadata, DocxRenderer.LoadLogo(record, baseDirectory, diagnostics))
            : [];
        return DocumentAssembly.Write(record, bodyWriter, cover);
    }
}
