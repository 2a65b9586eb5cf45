using DocumentFormat.OpenXml;
using Rgiem.Core.Model;

namespace Rgiem.Docx.Templates;

/// <summary>What the placeholders of a template are filled with: the record's values and its rendered blocks.</summary>
internal sealed class PlaceholderContent
{
    public required RecordMetadata Metadata { get; init; }

    /// <summary>The rendered body and the end-of-document line.</summary>
    public required Func<IReadOnlyList<OpenXmlElement>> Body { get; init; }

    /// <summary>The table of contents (empty unless the record asks for one).</summary>
    public required Func<IReadOnlyList<OpenXmlElement>> Toc { get; init; }

    /// <summary>The "Action:" text: the inline runs of its first paragraph, and the blocks that follow it.</summary>
    public required Func<(IReadOnlyList<OpenXmlElement> Inline, IReadOnlyList<OpenXmlElement> After)> Action { get; init; }

    /// <summary>The document properties DOCPROPERTY fields show (Title, Subject, Author, Keywords, Comments).</summary>
    public required IReadOnlyDictionary<string, string> Properties { get; init; }
}
