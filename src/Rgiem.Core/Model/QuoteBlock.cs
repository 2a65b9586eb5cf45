using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Model;

public sealed record QuoteBlock(IReadOnlyList<Block> Blocks, SourceLocation Location) : Block(Location);
