using DocumentFormat.OpenXml.Wordprocessing;
using Rgiem.Docx.HouseStyle;

namespace Rgiem.Docx.Packaging;

/// <summary>
/// The parts of a package that rgiem writes from nothing — a document in the house style, a delta, the exported
/// template — for <see cref="PackageWriter.Write"/>. The parts every such package shares (styles, settings, the
/// first-page header) are given by what they depend on, so that the writer deflates each once per process.
/// </summary>
internal sealed record WordPackage
{
    /// <summary>A .docx or a .dotx: the content type of the main part.</summary>
    public PackageKind Kind { get; init; } = PackageKind.Document;

    /// <summary>
    /// How the package's own parts are deflated: <see cref="CompressedEntry.RecordLevel"/> for a document, the
    /// smallest output (<see cref="CompressedEntry.SharedLevel"/>) for a template exported once, so that
    /// <see cref="PackageWriter.Repack"/> gives its bytes again.
    /// </summary>
    public System.IO.Compression.CompressionLevel Level { get; init; } = CompressedEntry.RecordLevel;

    /// <summary>The language of the built-in styles and settings.</summary>
    public required string Language { get; init; }

    /// <summary>The built-in styles with the table-of-contents styles.</summary>
    public bool TableOfContents { get; init; }

    /// <summary>The built-in settings with revisions tracked (a delta).</summary>
    public bool TrackRevisions { get; init; }

    /// <summary>The main part's elements; null when <see cref="DocumentXml"/> holds the part already written.</summary>
    public Document? Document { get; init; }

    /// <summary>The main part written straight from the model (<see cref="Writers.DocumentXml"/>), instead of <see cref="Document"/>.</summary>
    public Writers.Utf8XmlWriter? DocumentXml { get; init; }

    /// <summary>The lists' numbering: its part is built, serialized and deflated once per <see cref="ListNumbering.Key"/>.</summary>
    public required ListNumbering Numbering { get; init; }

    public required Header LaterPagesHeader { get; init; }

    /// <summary>The first-page header, or null for the built-in one as it is.</summary>
    public Header? FirstPageHeader { get; init; }

    /// <summary>The styles, or null for the built-in styles of <see cref="Language"/> as they are.</summary>
    public Styles? Styles { get; init; }

    /// <summary>The footnotes part, or null when the document has none.</summary>
    public Footnotes? Footnotes { get; init; }

    /// <summary>The comments part, or null when the record has no CriticMarkup comment.</summary>
    public Comments? Comments { get; init; }

    /// <summary>The main part's relationships (<see cref="PackageWriter.MainRelationships"/>, with what the writers added).</summary>
    public required PackageRelationships Relationships { get; init; }

    public required byte[] CoreProperties { get; init; }

    public required byte[] AppProperties { get; init; }

    public required byte[] CustomProperties { get; init; }
}
