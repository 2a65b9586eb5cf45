namespace Rgiem.Core.Diagnostics;

/// <summary>RG4xxx.</summary>
public static class ReferenceDescriptors
{
    private const string Category = " document references in prose and the document registry:References";

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = [];
}
