using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Model;

public sealed record ListItemBlock(IReadOnlyList<Block> Blocks, SourceLocation Location) : Block(Location);
