namespace Rgiem.Core.Diagnostics;

/// <summary>Every descriptor rgiem can report, in ID order. IDs are never reused or renumbered.</summary>
public static class DiagnosticCatalog
{
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        .. new[]
        {
            LoadDescriptors.All,
            ToolDescriptors.All,
            CacheDescriptors.All,
            SuppressionDescriptors.All,
            FrontMatterDescriptors.All,
            StructureDescriptors.All,
            CriticDescriptors.All,
            GridTableDescriptors.All,
            DirectiveDescriptors.All,
            ActionDescriptors.All,
            ReferenceDescriptors.All,
            DateTimeDescriptors.All,
            StatisticsDescriptors.All,
            ReadinessDescriptors.All,
            RenderDescriptors.All,
            DeltaDescriptors.All,
            EditsDescriptors.All,
            ImportDescriptors.All,
            RepositoryDescriptors.All,
        }.SelectMany(d => d).OrderBy(d => d.Id, StringComparer.Ordinal),
    ];

    private static readonly Dictionary<string, DiagnosticDescriptor> ById =
        All.ToDictionary(d => d.Id, StringComparer.OrdinalIgnoreCase);

    public static DiagnosticDescriptor? Find(string id) => ById.GetValueOrDefault(id);
}
