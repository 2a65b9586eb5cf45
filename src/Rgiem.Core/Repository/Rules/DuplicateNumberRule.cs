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
        var byNumber = new Dictionary<string, List<(ProjectRecord Record, string Key)>>(StringComparer.Ordinal);
        foreach (var record in context.All)
        {
            foreach (var (number, key) in Numbers(record))
            {
                if (!byNumber.TryGetValue(number, out var list))
                {
                    byNumber[number] = list = [];
                }

                list.Add((record, key));
            }
        }

        foreach (var (number, list) in byNumber.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            RepositoryContext.ReportClashes(
                list.Select(e => e.Record).ToList(),
                (record, other) => context.Report(record, RepositoryDescriptors.DuplicateNumber, record.Bound.Map.Value(list.First(e => ReferenceEquals(e.Record, record)).Key), number, other.DisplayPath));
        }
    }

    /// <summary>The numbers a record claims, each with the front matter path it is written at; only numbers written in the record itself.</summary>
    private static IEnumerable<(string Number, string Key)> Numbers(ProjectRecord record)
    {
        string path = record.Bound.Source.Path;
        if (record.Number is { } number && record.Bound.Map.Value("number").Path == path)
        {
            yield return (number, "number");
        }

        if (record.ReportNumber is { } report && record.Bound.Map.Value("statistics.report").Path == path)
        {
            yield return (report, "statistics.report");
        }
    }
}
