using Rgiem.Core.Validation.Rules.Types;

namespace Rgiem.Core.Validation.Rules;

/// <summary>The rules of each document type (TD, contribution, report, liaison statement): RG1040–RG1043.</summary>
public static class TypeRules
{
    public static IReadOnlyList<IRecordRule> All { get; } = [new DocumentTypeRule()];
}
