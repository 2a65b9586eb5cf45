namespace Rgiem.Core.Validation.Rules;

/// <summary>The RG6xxx statistics rules, in the order they run.</summary>
public static class StatisticsRules
{
    public static IReadOnlyList<IRecordRule> All { get; } =
    [
        new StatisticsSumRule(),
        new StatisticsTableRule(),
        new RecordFiguresRule(),
    ];
}
