namespace Rgiem.Core.Diagnostics;

/// <summary>RG2055–RG2057: a grid table drawn wrong.</summary>
public static class GridTableDescriptors
{
    private const string Category = "Structure";

    public static readonly DiagnosticDescriptor Line = new(
        "RG2055", "Grid table line out of place",
        "Grid table: {0}",
        DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor Cell = new(
        "RG2056", "Grid table cell not closed",
        "Grid table: {0}",
        DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor Header = new(
        "RG2057", "Grid table header separator or alignment misplaced",
        "Grid table: {0}",
        DiagnosticSeverity.Error, Category);

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = [Line, Cell, Header];
}
