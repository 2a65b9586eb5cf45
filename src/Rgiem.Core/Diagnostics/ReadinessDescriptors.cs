namespace Rgiem.Core.Diagnostics;

/// <summary>RG7xxx.</summary>
public static class ReadinessDescriptors
{
    private const string Category = " submission readiness (placeholders, repeated words, spelling of body names, layout by spaces):Readiness";

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = [];
}
