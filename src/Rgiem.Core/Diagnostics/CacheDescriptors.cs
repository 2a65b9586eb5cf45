namespace Rgiem.Core.Diagnostics;

/// <summary>RG0050–RG0069: the build cache (incremental builds) and watch mode.</summary>
public static class CacheDescriptors
{
    private const string Category = "Cache";

    public static readonly DiagnosticDescriptor CacheIgnored = new(
        "RG0050", "Build cache ignored",
        "The build cache '{0}' is damaged ({1}); it was ignored and every record was built again",
        DiagnosticSeverity.Info, Category, Configurable: false);

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = [CacheIgnored];
}
