namespace Rgiem.Cli.Tests.Support;

/// <summary>
/// Tests that measure time and allocations: xunit runs this collection after all parallel tests, one test at
/// a time, so the process-wide allocation counter sees only the run under test.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MeasuredCollection
{
    public const string Name = "Measured CLI runs";
}
