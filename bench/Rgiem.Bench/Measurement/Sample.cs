namespace Rgiem.Bench.Measurement;

/// <summary>
/// The cost of one tool over one corpus: wall-clock time of the whole batch, CPU time (user + system) summed
/// over its processes, and the largest peak resident set size of any one of its processes.
/// </summary>
internal sealed record Sample(TimeSpan Wall, TimeSpan User, TimeSpan System, long MaxRssKilobytes, int Processes, int Failures)
{
    public TimeSpan Cpu => User + System;

    public double MaxRssMegabytes => MaxRssKilobytes / 1024.0;

    /// <summary>Adds the processes of a batch run concurrently; the caller supplies the batch's wall time.</summary>
    public static Sample Combine(IEnumerable<Sample> samples, TimeSpan wall)
    {
        var list = samples.ToList();
        return new Sample(
            wall,
            TimeSpan.FromTicks(list.Sum(s => s.User.Ticks)),
            TimeSpan.FromTicks(list.Sum(s => s.System.Ticks)),
            list.Count == 0 ? 0 : list.Max(s => s.MaxRssKilobytes),
            list.Sum(s => s.Processes),
            list.Sum(s => s.Failures));
    }
}
