using System.Globalization;
using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Validation.Rules;

/// <summary>
/// RG6001 for the front matter: <c>statistics</c> africa + americas + arab-states + asia-pacific + cis + europe
/// + tsb equals <c>participants</c>. With some figures left out, only a sum above participants is reported.
/// </summary>
public sealed class StatisticsSumRule : IRecordRule
{
    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [StatisticsDescriptors.ParticipantsSum];

    public void Analyze(RecordContext context)
    {
        if (context.Record.Metadata.Statistics is not { Participants: { } participants } statistics)
        {
            return;
        }

        (string Key, int? Value)[] parts =
        [
            ("africa", statistics.Africa), ("americas", statistics.Americas), ("arab-states", statistics.ArabStates),
            ("asia-pacific", statistics.AsiaPacific), ("cis", statistics.Cis), ("europe", statistics.Europe), ("tsb", statistics.Tsb),
        ];
        var given = parts.Where(p => p.Value is not null).Select(p => (p.Key, Value: p.Value!.Value)).ToList();
        if (given.Count == 0)
        {
            return;
        }

        long sum = given.Sum(p => (long)p.Value);
        if ((given.Count == parts.Length && sum != participants) || sum > participants)
        {
            context.Report(
                StatisticsDescriptors.ParticipantsSum,
                context.Map.Value("statistics.participants"),
                "statistics",
                sum,
                string.Join(" + ", given.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Value}"))),
                participants);
        }
    }
}
