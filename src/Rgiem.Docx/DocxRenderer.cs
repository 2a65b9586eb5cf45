using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Rgiem.Core.Compilation;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.FileSystem;
using Rgiem.Core.Model;
using Rgiem.Docx.HouseStyle;
using Rgiem.Docx.Packaging;
using Rgiem.Docx.Templates;
using Rgiem.Docx.Writers;

namespace Rgiem.Docx;

/// <summary>
/// Renders a meeting record as an ITU-T TD in Word format with the built-in house style. Part names and
/// relationship ids are fixed and the zip is re-packed with fixed timestamps, so the same record always
/// gives the same bytes.
/// </summary>
public sealed class DocxRenderer(DocxRenderOptions? options = null) : IRecordRenderer
{
    private readonly DocxRenderOptions options = options ?? new DocxRenderOptions();

    public string Extension => ".docx";

    public RenderResult Render(MeetingRecord record, string baseDirectory)
    {
        var diagnostics = new DiagnosticBag();
        var logo = LoadLogo(record, baseDirectory, diagnostics);
        byte[]? package;
        List<string> validationErrors;
        if ((options.Template ?? record.Metadata.Template) is { Length: > 0 } template)
        {
            string path = Path.GetFullPath(Path.Combine(baseDirectory, template));
            var location = SourceLocation.FileOnly(record.Path);
            var file = TemplateLoader.Load(path, TemplateName(path, baseDirectory), location, diagnostics);
            validationErrors = [];
            package = file is null ? null : TemplateRenderer.Build(record, logo, file, options.Validate, location, diagnostics, out validationErrors);
            if (package is null)
            {
                return new RenderResult(null, diagnostics.ToList());
            }
        }
        else
        {
            package = BuildPackage(record, logo, diagnostics, out validationErrors);
        }

        if (validationErrors.Count > 0)
        {
            diagnostics.Add(RenderDescriptors.InvalidOutput, SourceLocation.FileOnly(record.Path), string.Join("; ", validationErrors.Take(3)));
            return new RenderResult(null, diagnostics.ToList());
        }

        return new RenderResult(package, diagnostics.ToList());
    }

    /// <summary>Schema errors of a DOCX package against Office 2019, as "part xpath: id: description".</summary>
    public static IReadOnlyList<string> Validate(Stream docx)
    {
        using var document = WordprocessingDocument.Open(docx, false);
        return Validate(document);
    }

    /// <summary>How messages name a template: relative to the record's folder when it is inside it, else in full.</summary>
    internal static string TemplateName(string path, string baseDirectory)
    {
        string relative = Path.GetRelativePath(baseDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative.Replace('\\', '/');
    }

    internal static List<string> Validate(WordprocessingDocument document) =>
        new OpenXmlValidator(FileFormatVersions.Office2019)
            .Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Id}: {e.Description}")
            .ToList();

    /// <summary>
    /// The package in the built-in house style, written by <see cref="PackageWriter"/>: the parts every record shares
    /// are built once per process, the record's own parts are serialized straight into the zip.
    /// </summary>
    private byte[] BuildPackage(MeetingRecord record, LogoImage? logo, DiagnosticBag diagnostics, out List<string> validationErrors)
    {
        var metadata = record.Metadata;
        string documentNumber = CoverPageWriter.DocumentNumber(metadata);
        var relationships = PackageWriter.MainRelationships();
        var state = new RenderState(relationships, record.Path) { TableOfContents = metadata.Toc, CrossReferences = CrossReferences.Of(record.Body) };

        // A style map in rgiem.yaml renames the built-in styles: then the styles and both headers are the record's own.
        Styles? styles = null;
        var mapping = StyleMapping.Identity;
        if (metadata.Styles.Count > 0)
        {
            styles = StylesBuilder.Build(metadata.Language, metadata.Toc);
            mapping = StyleMapping.Resolve(styles, styles, StyleIds.ByRole.Keys.Where(r => metadata.Toc || !r.StartsWith("toc", StringComparison.Ordinal)), metadata.Styles, addMissing: false, "the built-in template", SourceLocation.FileOnly(record.Path), diagnostics);
        }

        // The cover and body are written straight from the model into document.xml, unless a style map renames the styles
        // (then the typed elements are built, renamed and serialized).
        var bodyWriter = new BodyWriter(state);
        var cover = new CoverPageWriter(state, bodyWriter);
        Document? document = null;
        Utf8XmlWriter? documentXml = null;
        if (mapping.IsIdentity && !DocumentXml.UseTypedElements)
        {
            documentXml = DocumentXml.Write(record, state, bodyWriter, cover.Layout(metadata, logo));
        }
        else
        {
            var content = DocumentAssembly.Write(record, bodyWriter, cover.Write(metadata, logo));
            mapping.Apply(content);
            document = new Document(Body(content));
        }

        var laterPages = HeaderWriter.LaterPages(documentNumber, styleRef: metadata.Type != Core.Model.DocumentType.Conference);
        var firstPage = mapping.IsIdentity ? null : HeaderWriter.FirstPage();
        mapping.Apply(firstPage is null ? [laterPages] : [laterPages, firstPage]);

        byte[] package = PackageWriter.Write(new WordPackage
        {
            Language = metadata.Language,
            TableOfContents = metadata.Toc,
            Document = document,
            DocumentXml = documentXml,
            Numbering = state.Numbering,
            LaterPagesHeader = laterPages,
            FirstPageHeader = firstPage,
            Styles = mapping.IsIdentity ? null : styles,
            Footnotes = Footnotes(state.Footnotes, mapping),
            Comments = Comments(state.Review.Comments, mapping),
            Relationships = relationships,
            CoreProperties = CorePropertiesWriter.Write(metadata, documentNumber),
            AppProperties = DocPropertiesWriter.App(metadata),
            CustomProperties = DocPropertiesWriter.Custom(metadata, documentNumber),
        });
        diagnostics.AddRange(state.Diagnostics.ToList());
        validationErrors = options.Validate ? [.. Validate(new MemoryStream(package, writable: false))] : [];
        return package;
    }

    /// <summary>The footnotes part of a rendering: the separators and the notes the writers wrote; null when there are none.</summary>
    internal static Footnotes? Footnotes(IEnumerable<Footnote> notes, StyleMapping mapping)
    {
        var list = notes.ToList();
        if (list.Count == 0)
        {
            return null;
        }

        var footnotes = new Footnotes(BodyWriter.Separators());
        footnotes.Append(list);
        mapping.Apply([footnotes]);
        return footnotes;
    }

    /// <summary>The comments part of a rendering: the comments of the record's CriticMarkup; null when there are none.</summary>
    internal static Comments? Comments(IEnumerable<Comment> written, StyleMapping mapping)
    {
        var list = written.ToList();
        if (list.Count == 0)
        {
            return null;
        }

        var comments = new Comments(list);
        mapping.Apply([comments]);
        return comments;
    }

    /// <summary>
    /// Adds the comments the writers wrote to the main part of a user template's Open XML SDK package,
    /// after the comments it already has (their ids were reserved); a part is created when it has none.
    /// </summary>
    internal static void AppendComments(MainDocumentPart main, IEnumerable<Comment> written, StyleMapping mapping)
    {
        var list = written.ToList();
        if (list.Count == 0)
        {
            return;
        }

        var part = main.WordprocessingCommentsPart ?? main.AddNewPart<WordprocessingCommentsPart>("rIdRgiemComments");
        part.Comments ??= new Comments();
        mapping.Apply(list);
        part.Comments.Append(list);
    }

    /// <summary>The largest comment id of a template's comments part (-1 without one).</summary>
    internal static long LargestCommentId(MainDocumentPart main) =>
        main.WordprocessingCommentsPart?.Comments?.Elements<Comment>()
            .Select(c => long.TryParse(c.Id?.Value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out long id) ? id : 0)
            .DefaultIfEmpty(-1).Max() ?? -1;

    /// <summary>
    /// Adds the footnotes the writers wrote to the main part of a user template's Open XML SDK package,
    /// after the notes it already has; a part is created, with its separators, when it has none.
    /// </summary>
    internal static void AppendFootnotes(MainDocumentPart main, IEnumerable<Footnote> footnotes, StyleMapping mapping)
    {
        var notes = footnotes.ToList();
        if (notes.Count == 0)
        {
            return;
        }

        var part = main.FootnotesPart ?? main.AddNewPart<FootnotesPart>("rIdRgiemFootnotes");
        if (part.Footnotes is null)
        {
            part.Footnotes = new Footnotes(BodyWriter.Separators());
        }

        mapping.Apply(notes);
        part.Footnotes.Append(notes);
    }

    /// <summary>The largest footnote id of a template's footnotes part (0 without one).</summary>
    internal static long LargestFootnoteId(MainDocumentPart main) =>
        main.FootnotesPart?.Footnotes?.Elements<Footnote>().Select(f => f.Id?.Value ?? 0).DefaultIfEmpty(0).Max() ?? 0;

    /// <summary>The body: the rendered content, then the page of the house style.</summary>
    internal static Body Body(IEnumerable<OpenXmlElement> content)
    {
        var body = new Body();
        body.Append(content);
        body.Append(SectionProperties());
        return body;
    }

    /// <summary>The page of the house style: A4, its margins, an empty first-page header.</summary>
    internal static SectionProperties SectionProperties(bool headers = true)
    {
        var section = new SectionProperties();
        if (headers)
        {
            section.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = PackageWriter.LaterPagesHeaderId });
            section.Append(new HeaderReference { Type = HeaderFooterValues.First, Id = PackageWriter.FirstPageHeaderId });
        }

        section.Append(new PageSize { Width = Twips.PageWidth, Height = Twips.PageHeight });
        section.Append(new PageMargin
        {
            Top = Twips.MarginTop,
            Bottom = Twips.MarginBottom,
            Left = Twips.MarginLeft,
            Right = Twips.MarginRight,
            Header = Twips.HeaderDistance,
            Footer = Twips.FooterDistance,
            Gutter = 0,
        });
        section.Append(new TitlePage());
        return section;
    }

    /// <summary>The largest logo read, in bytes.</summary>
    public const int MaxLogoBytes = 16 << 20;

    internal static LogoImage? LoadLogo(MeetingRecord record, string baseDirectory, DiagnosticBag diagnostics)
    {
        if (record.Metadata.Logo is not { Length: > 0 } logoPath)
        {
            return null;
        }

        var location = SourceLocation.FileOnly(record.Path);
        // InputFile: a regular file only, at most MaxLogoBytes read. That the logo is inside the project is checked
        // when the record is bound (Compiler: RG0043), before any renderer sees it.
        InputRead read;
        try
        {
            read = InputFile.Read(Path.Combine(baseDirectory, logoPath), MaxLogoBytes);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            diagnostics.Add(RenderDescriptors.LogoNotFound, location, logoPath, ex.Message);
            return null;
        }

        if (read.Bytes is not { } bytes)
        {
            if (read.Problem == ReadProblem.NotRegular)
            {
                diagnostics.Add(LoadDescriptors.NotRegularFile, location, logoPath, FileProbe.Describe(read.Kind));
            }
            else
            {
                diagnostics.Add(RenderDescriptors.LogoNotFound, location, logoPath, read.Reason(MaxLogoBytes));
            }

            return null;
        }

        var logo = LogoImage.Probe(bytes);
        if (logo is null)
        {
            diagnostics.Add(RenderDescriptors.LogoFormat, location, logoPath);
        }

        return logo;
    }
}
