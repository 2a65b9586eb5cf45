using Rgiem.Core.Repository.Rules;

namespace Rgiem.Core.Repository;

/// <summary>The RG9xxx rules, in the order they run.</summary>
public static class RepositoryRules
{
    public static IReadOnlyList<IRepositoryRule> All { get; } =
    [
        new DuplicateNumberRule(),
        new DuplicateActionRule(),
        new OverlappingMeetingsRule(),
        new ProgressStatisticsRule(),
        new ActionStatusRule(),
    ];
}
