using Rgiem.Core.Diagnostics;
using Rgiem.Core.Model;

namespace Rgiem.Core.Repository.Rules;

/// <summary>
/// RG9002: two meeting records of one group define the same action identifier under a meeting-specific prefix.
/// With the default prefix (the group's name) every meeting numbers its actions from 1 (RG3002), so RG-IEM-1 of
/// one meeting and RG-IEM-1 of the next are different actions, told apart by their meeting; a prefix other than
/// the group's name (<c>action-prefix: IEM-2407</c>) exists to make identifiers unique across meetings, and two
/// meetings sharing one (a copied front matter) would make every reference to their actions ambiguous.
/// </summary>
public sealed class DuplicateActionRule : IRepositoryRule
{
    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [RepositoryDescriptors.DuplicateActionId];

    public void Analyze(RepositoryContext context)
    {
        var byId = new Dictionary<(string Group, string Id), List<(ProjectRecord Record, ActionBlock Action)>>();
        foreach (var record in context.All.Where(HasOwnPrefix))
        {
            foreach (var action in record.Facts.Actions.Where(a => a.Style == ActionStyle.Prefixed))
            {
                var key = (record.Facts.Group!, action.Id);
                if (!byId.TryGetValue(key, out var list))
                {
                    byId[key] = list = [];
                }

                list.Add((record, action));
            }
        }

        foreach (var ((group, id), list) in byId.OrderBy(p => p.Key.Group, StringComparer.Ordinal).ThenBy(p => p.Key.Id, StringComparer.Ordinal))
        {
            RepositoryContext.ReportClashes(
                list.Select(e => e.Record).ToList(),
                (record, other) => context.Report(
                    record,
                    RepositoryDescriptors.DuplicateActionId,
                    list.First(e => ReferenceEquals(e.Record, record)).Action.LabelLocation,
                    id,
                    other.DisplayPath,
                    group,
                    record.Facts.ActionPrefix));
        }
    }

    /// <summary>A meeting whose actions carry a prefix other than its group's name.</summary>
    private static bool HasOwnPrefix(ProjectRecord record) =>
        record.IsMeeting
        && record.Facts.Group is { } group
        && record.Facts.ActionPrefix is { } prefix
        && !string.Equals(prefix, group, StringComparison.Ordinal);
}
