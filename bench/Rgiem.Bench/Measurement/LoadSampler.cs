using System.Globalization;

namespace Rgiem.Bench.Measurement;

/// <summary>
/// The machine's load average (<c>/proc/loadavg</c>, 1-minute figure) every 10 seconds while the benchmark runs:
/// the other processes a measurement shared the cores with. Reported with the results.
/// </summary>
internal sealed class LoadSampler : IDisposable
{
    private const string LoadAverage = "/proc/loadavg";

    private readonly List<double> samples = [];
    private readonly Timer timer;
    private readonly Lock gate = new();

    public LoadSampler()
    {
        timer = new Timer(_ => Sample(), null, TimeSpan.Zero, TimeSpan.FromSeconds(10));
    }

    public string Describe()
    {
        Sample();
        lock (gate)
        {
            return samples.Count == 0
                ? "load average: not available (no /proc/loadavg)"
                : string.Create(CultureInfo.InvariantCulture, $"load average (1 min, every 10 s, {samples.Count} samples) during the run: min {samples.Min():F1}, mean {samples.Average():F1}, max {samples.Max():F1} on {Environment.ProcessorCount} cores");
        }
    }

    public void Dispose() => timer.Dispose();

    private void Sample()
    {
        if (!File.Exists(LoadAverage))
        {
            return;
        }

        string first = File.ReadAllText(LoadAverage).Split(' ')[0];
        if (double.TryParse(first, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
        {
            lock (gate)
            {
                samples.Add(value);
            }
        }
    }
}
