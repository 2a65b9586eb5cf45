namespace Rgiem.Core.Model;

public sealed record TableRow(IReadOnlyList<TableCell> Cells, bool IsHeader);
