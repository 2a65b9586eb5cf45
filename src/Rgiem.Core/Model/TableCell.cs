namespace Rgiem.Core.Model;

public sealed record TableCell(IReadOnlyList<Inline> Inlines);
