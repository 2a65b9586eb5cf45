namespace Rgiem.Docx.Tests.Import;

/// <summary>The performance test of <c>rgiem import</c> runs while no other test of the assembly runs.</summary>
[CollectionDefinition(nameof(ImportPerformanceTests), DisableParallelization = true)]
public sealed class ImportPerformanceCollection;
