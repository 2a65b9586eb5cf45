using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Model;

public sealed record ParagraphBlock(IReadOnlyList<Inline> Inlines, SourceLocation Location) : Block(Location);
