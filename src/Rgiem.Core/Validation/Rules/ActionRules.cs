namespace Rgiem.Core.Validation.Rules;

/// <summary>The RG3xxx action rules, in the order they run.</summary>
public static class ActionRules
{
    public static IReadOnlyList<IRecordRule> All { get; } = [new ActionNumberingRule(), new ActionSummaryRule(), new ActionLookalikeRule()];
}
