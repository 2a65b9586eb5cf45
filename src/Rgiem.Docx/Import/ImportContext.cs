using System.Runtime.CompilerServices;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Import;

namespace Rgiem.Docx.Import;

/// <summary>
/// What the readers of one import share: the document's parts, styles and numbering, the diagnostics (each
/// placed by paragraph number and text start), the pictures extracted so far, and the fields open across
/// paragraphs (a table of contents spans many).
/// </summary>
internal sealed class ImportContext
{
    private readonly Dictionary<OpenXmlElement, int> paragraphNumbers = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, string> imageFiles = new(StringComparer.Ordinal);
    private readonly HashSet<string> reportedComments = new(StringComparer.Ordinal);

    public ImportContext(MainDocumentPart main, string displayName, string imageStem, DiagnosticBag diagnostics)
    {
        Main = main;
        DisplayName = displayName;
        ImageStem = imageStem;
        Diagnostics = diagnostics;
        Location = SourceLocation.FileOnly(displayName);
        Styles = new StyleSheet(main.StyleDefinitionsPart?.Styles);
        Numbering = new NumberingModel(main.NumberingDefinitionsPart?.Numbering);
        Targets = new CrossReferenceTargets(
            main.Document?.Body,
            new OpenXmlElement?[] { main.FootnotesPart?.Footnotes, main.EndnotesPart?.Endnotes }.OfType<OpenXmlElement>(),
            Styles);
        int number = 0;
        foreach (var paragraph in main.Document?.Body?.Descendants<Paragraph>() ?? [])
        {
            paragraphNumbers[paragraph] = ++number;
        }

        foreach (var note in main.FootnotesPart?.Footnotes?.Elements<Footnote>() ?? [])
        {
            if (note.Id?.Value is { } id)
            {
                Footnotes.TryAdd(id, note);
            }
        }

        foreach (var note in main.EndnotesPart?.Endnotes?.Elements<Endnote>() ?? [])
        {
            if (note.Id?.Value is { } id)
            {
                Endnotes.TryAdd(id, note);
            }
        }

        foreach (var comment in main.WordprocessingCommentsPart?.Comments?.Elements<Comment>() ?? [])
        {
            if (comment.Id?.Value is { } id)
            {
                Comments.TryAdd(id, comment);
            }
        }
    }

    public MainDocumentPart Main { get; }

    public string DisplayName { get; }

    public string ImageStem { get; }

    public DiagnosticBag Diagnostics { get; }

    public SourceLocation Location { get; }

    public StyleSheet Styles { get; }

    public NumberingModel Numbering { get; }

    /// <summary>The headings and captions that cross-references cite, with their ids.</summary>
    public CrossReferenceTargets Targets { get; }

    public Dictionary<long, Footnote> Footnotes { get; } = [];

    public Dictionary<long, Endnote> Endnotes { get; } = [];

    public Dictionary<string, Comment> Comments { get; } = new(StringComparer.Ordinal);

    public List<ExtractedImage> Images { get; } = [];

    /// <summary>The complex fields open at this point of the reading, innermost last.</summary>
    public List<FieldFrame> Fields { get; } = [];

    /// <summary>Tracked insertions and deletions seen (imported as accepted).</summary>
    public int TrackedChanges { get; set; }

    /// <summary>A table of contents field was found.</summary>
    public bool HasToc { get; set; }

    public string? TocTitle { get; set; }

    /// <summary>The paragraph being read, for messages about what it holds.</summary>
    public OpenXmlElement? Current { get; set; }

    /// <summary>"Paragraph 12 ('The meeting noted…')": where a message's subject is in the DOCX.</summary>
    public string Place(OpenXmlElement? element = null)
    {
        element ??= Current;
        var paragraph = element as Paragraph ?? element?.Ancestors<Paragraph>().FirstOrDefault();
        if (paragraph is null)
        {
            return "The document";
        }

        string start = PlainText.Start(paragraph);
        if (!paragraphNumbers.TryGetValue(paragraph, out int number))
        {
            return start.Length == 0 ? "A note" : $"A note ('{start}')";
        }

        return start.Length == 0 ? $"Paragraph {number}" : $"Paragraph {number} ('{start}')";
    }

    public void Report(DiagnosticDescriptor descriptor, params object?[] args) => Diagnostics.Add(descriptor, Location, args);

    /// <summary>Reports a comment once, however many paragraphs it spans.</summary>
    public void ReportComment(string id)
    {
        if (!reportedComments.Add(id))
        {
            return;
        }

        Comments.TryGetValue(id, out var comment);
        Report(ImportDescriptors.Comment, Place(), comment?.Author?.Value ?? "an unknown author", comment is null ? string.Empty : PlainText.Start(comment));
    }

    /// <summary>
    /// The file a picture part is extracted to (<c>&lt;stem&gt;-1.png</c>…), once per part however often it is shown;
    /// null when the relationship is not a picture of the main part.
    /// </summary>
    public string? Image(string relationshipId)
    {
        OpenXmlPart? part;
        try
        {
            part = Main.GetPartById(relationshipId);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }

        if (part is not ImagePart image)
        {
            return null;
        }

        string key = image.Uri.OriginalString;
        if (imageFiles.TryGetValue(key, out string? existing))
        {
            return existing;
        }

        string extension = image.ContentType switch
        {
            "image/png" => ".png",
            "image/jpeg" or "image/jpg" => ".jpg",
            "image/gif" => ".gif",
            "image/bmp" => ".bmp",
            "image/tiff" => ".tif",
            "image/svg+xml" => ".svg",
            "image/x-emf" or "image/emf" => ".emf",
            "image/x-wmf" or "image/wmf" => ".wmf",
            _ => Path.GetExtension(key) is { Length: > 1 and < 6 } ext ? ext.ToLowerInvariant() : ".bin",
        };
        string file = ImageStem + "-" + (Images.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + extension;
        using var stream = image.GetStream(FileMode.Open, FileAccess.Read);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        byte[] bytes = copy.ToArray();
        Images.Add(new ExtractedImage(file, bytes));
        imageFiles[key] = file;
        if (Core.Model.ImageInfo.Probe(bytes) is null)
        {
            Report(ImportDescriptors.ImageFormat, Place(), image.ContentType, file);
        }

        return file;
    }

    /// <summary>Whether text at this point is shown: not inside a field's code, nor inside the result of a field that is left out (a table of contents).</summary>
    public bool Showing => !Fields.Exists(f => !f.InResult || f.Skip);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int ParagraphNumber(Paragraph paragraph) => paragraphNumbers.GetValueOrDefault(paragraph);
}
