using Rgiem.Core.Compilation;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Repository;
using Rgiem.Core.Validation;
using Rgiem.Testing;

namespace Rgiem.Core.Tests;

/// <summary>The rules keep their contract, as Roslyn's analyzers do: registered, declared, and skipped when switched off.</summary>
public class RuleSetTests
{
    private static IEnumerable<Type> Implementations<T>() =>
        typeof(RuleSet).Assembly.GetTypes().Where(t => typeof(T).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false });

    [Fact]
    public void Every_record_rule_class_is_registered_once()
    {
        var registered = RuleSet.RecordRules.Select(r => r.GetType()).ToList();
        Assert.Equal(registered.Count, registered.Distinct().Count());
        Assert.Equal(Implementations<IRecordRule>().OrderBy(t => t.FullName).ToList(), registered.OrderBy(t => t.FullName).ToList());
    }

    [Fact]
    public void Every_repository_rule_class_is_registered_once()
    {
        var registered = RuleSet.RepositoryRules.Select(r => r.GetType()).ToList();
        Assert.Equal(registered.Count, registered.Distinct().Count());
        Assert.Equal(Implementations<IRepositoryRule>().OrderBy(t => t.FullName).ToList(), registered.OrderBy(t => t.FullName).ToList());
    }

    [Fact]
    public void Every_rule_declares_what_it_reports_and_each_id_is_in_the_catalog()
    {
        var catalog = DiagnosticCatalog.All.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var declared = RuleSet.RecordRules.Select(r => (r.GetType().Name, r.SupportedDiagnostics))
            .Concat(RuleSet.RepositoryRules.Select(r => (r.GetType().Name, r.SupportedDiagnostics)));
        foreach (var (rule, supported) in declared)
        {
            Assert.True(supported.Count > 0, rule + " declares no diagnostic");
            Assert.All(supported, d => Assert.Contains(d.Id, catalog));
        }
    }

    [Fact]
    public void A_rule_that_reports_an_id_it_did_not_declare_fails()
    {
        var (bound, _) = Records.Bind(Records.WithBody("# 1 Intro\n\nText.\n"));
        var error = Assert.Throws<RuleContractException>(() => RuleSet.Analyze(bound!, CheckOptions.Default, new DiagnosticBag(), rules: [new Reporting(declares: ReadinessDescriptors.RepeatedWords, reports: ReadinessDescriptors.Placeholder)]));
        Assert.Contains("RG7001", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_that_reports_what_it_declared_is_heard()
    {
        var (bound, _) = Records.Bind(Records.WithBody("# 1 Intro\n\nText.\n"));
        var bag = new DiagnosticBag();
        RuleSet.Analyze(bound!, CheckOptions.Default, bag, rules: [new Reporting(declares: ReadinessDescriptors.Placeholder, reports: ReadinessDescriptors.Placeholder)]);
        Assert.Equal(["RG7001"], bag.ToList().Ids());
    }

    [Fact]
    public void A_rule_whose_ids_are_all_none_is_not_run_and_one_with_an_id_left_on_is()
    {
        var (bound, _) = Records.Bind(Records.WithBody("# 1 Intro\n\nText.\n"));
        var rule = new Reporting(declares: ReadinessDescriptors.Placeholder, reports: ReadinessDescriptors.Placeholder, also: ReadinessDescriptors.RepeatedWords);
        var allOff = new SeverityPolicy(new Dictionary<string, ReportSeverity> { ["RG7001"] = ReportSeverity.None, ["RG7002"] = ReportSeverity.None });
        RuleSet.Analyze(bound!, CheckOptions.Default, new DiagnosticBag(), allOff, [rule]);
        Assert.Equal(0, rule.Runs);

        var oneOn = new SeverityPolicy(new Dictionary<string, ReportSeverity> { ["RG7001"] = ReportSeverity.None });
        RuleSet.Analyze(bound!, CheckOptions.Default, new DiagnosticBag(), oneOn, [rule]);
        Assert.Equal(1, rule.Runs);
    }

    [Fact]
    public void A_suppression_of_a_switched_off_id_is_not_reported_unused()
    {
        using var folder = new TempFolder();
        folder.Write("rgiem.yaml", "rules:\n  RG7001: none\n");
        string path = folder.Write("record.md", Records.WithBody("# 1 Intro\n\n<!-- rgiem-disable-next-line RG7001 -->\nThe date is TBC.\n"));
        var result = Compiler.Compile(new CompilationOptions([path], folder.FullPath, MaxDegreeOfParallelism: 1));
        Assert.DoesNotContain(result.AllDiagnostics, d => d.Id is "RG7001" or "RG0070");
    }

    /// <summary>A rule for these tests: reports one diagnostic and counts its runs.</summary>
    private sealed class Reporting(DiagnosticDescriptor declares, DiagnosticDescriptor reports, DiagnosticDescriptor? also = null) : IRecordRule
    {
        public int Runs { get; private set; }

        public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = also is null ? [declares] : [declares, also];

        public void Analyze(RecordContext context)
        {
            Runs++;
            context.Report(reports, SourceLocation.At(context.Path, 0, 0, 3));
        }
    }
}
