namespace Rgiem.Core.Validation.Rules;

/// <summary>The RG2xxx clause and annex rules, in the order they run.</summary>
public static class StructureRules
{
    public static IReadOnlyList<IRecordRule> All { get; } = [new ClauseNumberingRule(), new HeadingLevelRule(), new AnnexReferenceRule(), new EmptyClauseRule(), new CrossReferenceRule()];
}
