using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Repository.Rules;

/// <summary>
/// RG9007 and RG9008: an <c>action-status</c> entry must name exactly one action of the project: an action some
/// meeting record of the same group defines (RG9007 when none does), and, when several meetings define that
/// identifier (every meeting numbers its actions from 1), the one its <c>of</c> names (RG9008 without it).
/// </summary>
public sealed class ActionStatusRule : IRepositoryRule
{
    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        [RepositoryDescriptors.UnknownAction, RepositoryDescriptors.AmbiguousAction];

    public void Analyze(RepositoryContext context)
    {
        foreach (var record in context.Inputs.Where(r => r.Facts.ActionStatuses.Count > 0))
        {
            foreach (var entry in record.Facts.ActionStatuses)
            {
                var definitions = RecordActions.Definers(entry, record, context.All);
                if (definitions.Count == 0)
                {
                    context.Report(record, RepositoryDescriptors.UnknownAction, entry.Location, entry.Action, entry.Of is null ? string.Empty : " of " + entry.Of);
                }
                else if (definitions.Count > 1)
                {
                    string which = string.Join(", ", definitions.Select(d => $"'{d.DisplayPath}' ({d.Label})"));
                    context.Report(record, RepositoryDescriptors.AmbiguousAction, entry.Location, entry.Action, which);
                }
            }
        }
    }
}
