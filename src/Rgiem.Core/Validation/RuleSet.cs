namespace Rgiem.Core.Validation;

/// <summary>The rules run by <c>rgiem check</c> and <c>rgiem build</c>, in a fixed order.</summary>
public static class RuleSet
{
    public static IReadOnlyList<IRecordRule> RecordRules { get; } =
    [
    ];
}
