using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Rgiem.Core.Compilation;
using Rgiem.Core.Delta;
using Rgiem.Core.Diagnostics;
using Rgiem.Docx.HouseStyle;
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
    private const string MainContentType = Packaging.MainContentType.Document;

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
        List<string> validationErrors = [];
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document, autoSave: true))
        {
            var mainPart = document.AddNewPart<MainDocumentPart>(MainContentType, "rId1");
            var state = new RenderState(mainPart, main.Record.Path);
            mainPart.AddNewPart<StyleDefinitionsPart>("rId1").Styles = StylesBuilder.Build(metadata.Language, false);
            var numberingPart = mainPart.AddNewPart<NumberingDefinitionsPart>("rId2");
            mainPart.AddNewPart<DocumentSettingsPart>("rId3").Settings = SettingsBuilder.Build(metadata.Language, trackRevisions: true);
            mainPart.AddNewPart<HeaderPart>("rId4").Header = HeaderWriter.LaterPages(documentNumber, styleRef: metadata.Type != Core.Model.DocumentType.Conference);
            mainPart.AddNewPart<HeaderPart>("rId5").Header = HeaderWriter.FirstPage();

            // The new version first, so that its lists and links get the same ids as in a normal build.
            var newContent = Content(newVersion, state, baseDirectory, diagnostics);
            var oldContent = Content(oldVersion, state, baseDirectory, diagnostics);
            var notes = state.Footnotes.ToDictionary(f => f.Id?.Value ?? 0, f => f.InnerText);
            var merged = new ElementMerger(revisions, id => notes.GetValueOrDefault(id, string.Empty)).Merge(oldContent, newContent);

            // Only the notes the merged text cites (a note both versions share is cited once).
            var cited = merged.SelectMany(e => e.Descendants<FootnoteReference>()).Select(r => r.Id?.Value ?? 0).ToHashSet();
            DocxRenderer.AppendFootnotes(mainPart, state.Footnotes.Where(f => cited.Contains(f.Id?.Value ?? 0)), StyleMapping.Identity);
            var anchored = merged.SelectMany(e => e.Descendants<CommentReference>()).Select(r => r.Id?.Value).ToHashSet(StringComparer.Ordinal);
            DocxRenderer.AppendComments(mainPart, state.Review.Comments.Where(c => anchored.Contains(c.Id?.Value)), StyleMapping.Identity);

            validationErrors = DocxRenderer.Complete(document, mainPart, numberingPart, state, merged, metadata, documentNumber, diagnostics, options.Validate);
        }

        RevisionCount = revisions.Count;
        if (validationErrors.Count > 0)
        {
            diagnostics.Add(RenderDescriptors.InvalidOutput, SourceLocation.FileOnly(newVersion.Record.Path), string.Join("; ", validationErrors.Take(3)));
            return new RenderResult(null, diagnostics.ToList());
        }

        return new RenderResult(DeterministicZip.Normalize(stream.ToArray(), PackageKind.Document), diagnostics.ToList());
    }

    /// <summary>The blocks of one version as a normal build writes them: the cover (records only), the body, the closing line.</summary>
    private static List<OpenXmlElement> Content(DeltaVersion version, RenderState state, string baseDirectory, DiagnosticBag diagnostics)
    {
        var record = version.Record with { Metadata = version.Record.Metadata with { Toc = false } };
        var bodyWriter = new BodyWriter(state);
        var content = new List<OpenXmlElement>();
        if (version.IsRecord)
        {
            var logo = DocxRenderer.LoadLogo(record, baseDirectory, diagnostics);
            content.AddRange(new CoverPageWriter(state, bodyWriter).Write(record.Metadata, logo));
        }

        content.AddRange(bodyWriter.Write(record.Body));
        content.Add(DocxRenderer.EndOfDocument());
        return content;
    }
}
