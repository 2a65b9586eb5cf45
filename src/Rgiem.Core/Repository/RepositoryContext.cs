using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Repository;

/// <summary>
/// A project as the repository rules see it: the records this run checks (<see cref="Inputs"/>), every record
/// of the project (<see cref="All"/>), the coverage of each progress report, and a sink for diagnostics that
/// belong to an input record. Problems found through a record this run does not check are reported on the
/// input involved, or not at all.
/// </summary>
public sealed class RepositoryContext(ProjectRecords records, IReadOnlyDictionary<string, Coverage> coverage, IReadOnlyDictionary<string, DiagnosticBag> bags)
{
    public ProjectRecords Records => records;

    public IReadOnlyList<ProjectRecord> Inputs => records.Inputs;

    public IReadOnlyList<ProjectRecord> All => records.All;

    /// <summary>The meetings a progress report covers, or null when it has no usable <c>covers</c>.</summary>
    public Coverage? CoverageOf(ProjectRecord report) => coverage.GetValueOrDefault(report.FullPath);

    /// <summary>What the rule being run declared (set by <see cref="Validation.RuleSet"/>).</summary>
    internal Validation.RuleContract? Contract { get; set; }

    /// <summary>Reports a problem of <paramref name="record"/>; ignored when the record is not checked in this run.</summary>
    public void Report(ProjectRecord record, DiagnosticDescriptor descriptor, SourceLocation location, params object?[] args)
    {
        Contract?.Check(descriptor);
        if (record.IsInput && bags.TryGetValue(record.FullPath, out var bag))
        {
            bag.Add(descriptor, location, args);
        }
    }

    /// <summary>
    /// Reports the records of each group of <paramref name="clashing"/> records (in display-path order) that clash
    /// with an earlier one: every record after the first that is an input, or the first when only it is an input.
    /// </summary>
    public static void ReportClashes(IReadOnlyList<ProjectRecord> clashing, Action<ProjectRecord, ProjectRecord> report)
    {
        if (clashing.Count < 2)
        {
            return;
        }

        var first = clashing[0];
        foreach (var later in clashing.Skip(1).Where(r => r.IsInput))
        {
            report(later, first);
        }

        if (first.IsInput && !clashing.Skip(1).Any(r => r.IsInput))
        {
            report(first, clashing[1]);
        }
    }
}
