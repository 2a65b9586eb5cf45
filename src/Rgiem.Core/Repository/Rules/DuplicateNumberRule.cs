using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Repository.Rules;

/// <summary>
/// RG9001: two records of a project with the same document number (<c>number</c>, revision included) or the same
/// meeting report number (<c>statistics.report</c>). Reported at the number of the later record, by path.
/// </summary>
public sealed class DuplicateNumberRule : IRepositoryRule
{
    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [RepositoryDescriptors.DuplicateNumber];

    public void Analyze(RepositoryContext context)
    {
        var byNumber = new Dictionary<string, List<(ProjectRecord Record, SourceLocation At)>>(StringComparer.Ordinal);
        foreach (var record in context.All)
        {
            foreach (var (number, at) in Numbers(record))
            {
                if (!byNumber.TryGetValue(number, out var list))
                {
                    byNumber[number] = list = [];
                }

                list.Add((record, at));
            }
        }

        foreach (var (number, list) in byNumber.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            RepositoryContext.ReportClashes(
                list.Select(e => e.Record).ToList(),
                (record, other) => context.Report(record, RepositoryDescriptors.DuplicateNumber, list.First(e => ReferenceEquals(e.Record, record)).At, number, other.DisplayPath));
        }
    }

    /// <summary>The numbers a record claims, each with where it is written; only numbers written in the record itself.</summary>
    private static IEnumerable<(string Number, SourceLocation At)> Numbers(ProjectRecord record)
    {
        var facts = record.Facts;
        if (record.Number is { } number && facts.NumberAt.Path == facts.SourcePath)
        {
            yield return (number, facts.NumberAt);
        }

        if (record.ReportNumber is { } report && facts.ReportAt.Path == facts.SourcePath)
        {
            yield return (report, facts.ReportAt);
        }
    }
}
