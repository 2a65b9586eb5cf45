using Rgiem.Core.Binding;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Repository;
using Rgiem.Core.Validation.Rules;

namespace Rgiem.Core.Validation;

/// <summary>
/// The rules run by <c>rgiem check</c> and <c>rgiem build</c>, in a fixed order (one list per category), and the one
/// loop that runs them, for the compiler, the tests and the fuzz targets. As Roslyn runs analyzers, a rule reports only
/// the IDs it declares in <c>SupportedDiagnostics</c> (<see cref="RuleContract"/>), and a rule whose every ID the
/// project switched off (<c>rules: {RG7001: none}</c>) is not run at all.
/// </summary>
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

    /// <summary>
    /// The contract of each of <see cref="RecordRules"/> (<see cref="RuleContract.Of"/>), in their order, with the list it
    /// was made from: looked up by index for each record instead of in <see cref="RuleContract"/>'s table, 45 times a record.
    /// </summary>
    private static readonly (IReadOnlyList<DiagnosticDescriptor> Supported, RuleContract Contract)[] RecordContracts =
        [.. RecordRules.Select(rule => (rule.SupportedDiagnostics, RuleContract.Of(rule, rule.SupportedDiagnostics)))];

    /// <summary>The checks across the records of a project (RG9xxx), run after every record's own rules.</summary>
    public static IReadOnlyList<IRepositoryRule> RepositoryRules => Repository.RepositoryRules.All;

    /// <summary>Stage 5: runs the rules of one record, adding their diagnostics to <paramref name="diagnostics"/>.</summary>
    /// <param name="policy">The project's severities: a rule whose IDs are all switched off is skipped. Null: every rule runs.</param>
    /// <param name="rules">The rules to run (tests give their own); <see cref="RecordRules"/> by default.</param>
    public static void Analyze(BoundRecord bound, CheckOptions options, DiagnosticBag diagnostics, SeverityPolicy? policy = null, IReadOnlyList<IRecordRule>? rules = null)
    {
        var context = new RecordContext(bound, options, diagnostics);
        var list = rules ?? RecordRules;
        var contracts = ReferenceEquals(list, RecordRules) ? RecordContracts : null;
        for (int i = 0; i < list.Count; i++)
        {
            var rule = list[i];
            var supported = rule.SupportedDiagnostics;
            if (IsSwitchedOff(supported, policy))
            {
                continue;
            }

            // The built-in rules' contracts, kept beside them (the same RuleContract.Of gives), as long as their list is the same.
            context.Contract = contracts is not null && ReferenceEquals(contracts[i].Supported, supported)
                ? contracts[i].Contract
                : RuleContract.Of(rule, supported);
            rule.Analyze(context);
        }

        context.Contract = null;
    }

    /// <summary>The repository stage: runs the checks across the records of one project.</summary>
    public static void Analyze(RepositoryContext context, SeverityPolicy? policy = null, IReadOnlyList<IRepositoryRule>? rules = null)
    {
        foreach (var rule in rules ?? RepositoryRules)
        {
            if (IsSwitchedOff(rule.SupportedDiagnostics, policy))
            {
                continue;
            }

            context.Contract = RuleContract.Of(rule, rule.SupportedDiagnostics);
            rule.Analyze(context);
        }

        context.Contract = null;
    }

    /// <summary>
    /// Whether nothing a rule may report could be shown: it declares at least one ID, every one configurable and set
    /// to <c>none</c>. (A non-configurable diagnostic cannot be switched off.)
    /// </summary>
    public static bool IsSwitchedOff(IReadOnlyList<DiagnosticDescriptor> supported, SeverityPolicy? policy)
    {
        if (policy is null || supported.Count == 0)
        {
            return false;
        }

        for (int i = 0; i < supported.Count; i++)
        {
            var d = supported[i];
            if (!(d.Configurable && policy.Overrides.TryGetValue(d.Id, out var severity) && severity == ReportSeverity.None))
            {
                return false;
            }
        }

        return true;
    }
}
