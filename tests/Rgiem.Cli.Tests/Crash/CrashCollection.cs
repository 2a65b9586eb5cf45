namespace Rgiem.Cli.Tests.Crash;

/// <summary>The crash tests run child builds on both cores; they run alone, not beside each other.</summary>
[CollectionDefinition(nameof(CrashCollection), DisableParallelization = true)]
public sealed class CrashCollection;
