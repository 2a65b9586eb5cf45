using Rgiem.Bench.Measurement;

namespace Rgiem.Bench.Report;

/// <summary>One line of the result table: a tool's run over one corpus.</summary>
internal sealed record ResultRow(int Records, string Tool, Sample Sample, int Documents);
