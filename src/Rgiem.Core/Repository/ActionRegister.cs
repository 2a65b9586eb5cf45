using System.Text.RegularExpressions;
using Rgiem.Core.Model;

namespace Rgiem.Core.Repository;

/// <summary>
/// The action register of a project: every action every record of the run defines (<see cref="RecordActions.Defined"/>),
/// in meeting date order (records without a date last), then by path and line, each with the status the latest
/// record of the project that gives one assigns it (<c>action-status</c>; records in date order, then path order).
/// An entry that names no action or several is left out (RG9007, RG9008).
/// </summary>
public static partial class ActionRegister
{
    public static IReadOnlyList<RegisteredAction> Build(ProjectRecords records)
    {
        var statuses = new Dictionary<ActionBlock, (ActionStatusEntry Entry, ProjectRecord From)>(ReferenceEqualityComparer.Instance);
        var all = records.All;
        foreach (var from in InDateOrder(all))
        {
            foreach (var entry in from.Metadata.ActionStatuses)
            {
                if (RecordActions.Definitions(entry, from, all) is [var only])
                {
                    statuses[only.Action] = (entry, from);
                }
            }
        }

        var register = new List<RegisteredAction>();
        foreach (var record in InDateOrder(records.Inputs))
        {
            foreach (var action in RecordActions.Defined(record.Record))
            {
                // The inputs are the same objects in All, so a status found through All is keyed by this very block.
                statuses.TryGetValue(action, out var status);
                string text = WhiteSpace().Replace(BlockWalker.PlainText(action.Inlines), " ").Trim();
                register.Add(new RegisteredAction(
                    action.Id,
                    record.Label,
                    record.Metadata.FirstDay,
                    ActionTargets.Of(record.Record, text),
                    text,
                    status.Entry?.StatusText,
                    status.From?.DisplayPath,
                    record.Metadata.Group,
                    action.Location.Path,
                    action.Location.Start.Line + 1));
            }
        }

        return register;
    }

    private static IEnumerable<ProjectRecord> InDateOrder(IEnumerable<ProjectRecord> records) =>
        records
            .OrderBy(r => r.Metadata.FirstDay is null ? 1 : 0)
            .ThenBy(r => r.Metadata.FirstDay)
            .ThenBy(r => r.DisplayPath, StringComparer.Ordinal);

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhiteSpace();
}
