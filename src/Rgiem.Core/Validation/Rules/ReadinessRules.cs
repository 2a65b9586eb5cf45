using Rgiem.Core.Validation.Rules.Readiness;

namespace Rgiem.Core.Validation.Rules;

/// <summary>The RG7xxx submission readiness rules, in the order they run.</summary>
public static class ReadinessRules
{
    public static IReadOnlyList<IRecordRule> All { get; } =
    [
        new PlaceholderRule(),
        new RepeatedWordsRule(),
        new BodyNameSpellingRule(),
        new LayoutWhitespaceRule(),
        new NumberRequiredRule(),
        new NameNearMissRule(),
        new HonorificsRule(),
        new ReviewMarksRule(),
    ];
}
