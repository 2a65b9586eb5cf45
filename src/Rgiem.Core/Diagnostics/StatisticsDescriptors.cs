namespace Rgiem.Core.Diagnostics;

/// <summary>RG6xxx.</summary>
public static class StatisticsDescriptors
{
    private const string Category = " meeting statistics (participants by region):Statistics";

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = [];
}
