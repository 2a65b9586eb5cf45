using Rgiem.Core.Model;

namespace Rgiem.Core.Import;

/// <summary>
/// A record read back from a Word document: its cover, its body as model blocks (no source positions) and the
/// pictures to write beside it. <see cref="RecordWriter"/> turns it into front matter and Markdown.
/// </summary>
public sealed record ImportedRecord(ImportedCover Cover, IReadOnlyList<Block> Body, IReadOnlyList<ExtractedImage> Images);
