namespace Rgiem.Fuzz;

/// <summary>What a run of <see cref="MutationRunner"/> did.</summary>
public sealed record MutationSummary(long Executions, int Findings, TimeSpan Elapsed, int Seed)
{
    public override string ToString() =>
        $"{Executions:N0} executions in {Elapsed.TotalSeconds:N0} s ({Executions / Math.Max(1, Elapsed.TotalSeconds):N0}/s), {Findings} distinct findings, seed {Seed}";
}
