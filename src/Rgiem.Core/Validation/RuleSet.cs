using Rgiem.Core.Validation.Rules;

namespace Rgiem.Core.Validation;

/// <summary>The rules run by <c>rgiem check</c> and <c>rgiem build</c>, in a fixed order (one list per category).</summary>
public static class RuleSet
{
    public static IReadOnlyList<IRecordRule> RecordRules { get; } =
    [
        .. TypeRules.All,
        .. StructureRules.All,
        .. ActionRules.All,
        .. ReferenceRules.All,
        .. DateTimeRules.All,
        .. StatisticsRules.All,
        .. ReadinessRules.All,
    ];
}
