using Rgiem.Core.Model;
using Rgiem.Core.References;
using Rgiem.Core.Validation.Rules;

namespace Rgiem.Core.Repository;

/// <summary>The actions a record defines, and which records define an action a status entry names.</summary>
public static class RecordActions
{
    /// <summary>
    /// The record's own action items, once each: those of the body, or the clause-0 list when the body repeats
    /// none (as the numbering check counts them). Actions of another group cited in the text are not its own.
    /// </summary>
    public static IReadOnlyList<ActionBlock> Defined(MeetingRecord record)
    {
        string? prefix = record.Metadata.EffectiveActionPrefix;
        var own = record.Actions.Where(a => ActionNumberingRule.IsOwn(a, prefix)).ToList();
        var body = own.Where(a => !a.InSummary).ToList();
        return (body.Count > 0 ? body : own).DistinctBy(a => a.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The records (of the same group as <paramref name="from"/>) that define the action <paramref name="entry"/>
    /// names, and the action in each; only those whose number or report number is <c>of</c> when it is given.
    /// </summary>
    public static IReadOnlyList<(ProjectRecord Record, ActionBlock Action)> Definitions(ActionStatusEntry entry, ProjectRecord from, IEnumerable<ProjectRecord> records)
    {
        var found = new List<(ProjectRecord, ActionBlock)>();
        foreach (var record in Definers(entry, from, records))
        {
            found.Add((record, Defined(record.Record).First(a => string.Equals(a.Id, entry.Action, StringComparison.Ordinal))));
        }

        return found;
    }

    /// <summary>
    /// The records <see cref="Definitions"/> finds, read from their compact summaries (<see cref="ProjectRecord.Facts"/>)
    /// only: what the checks across records ask.
    /// </summary>
    public static IReadOnlyList<ProjectRecord> Definers(ActionStatusEntry entry, ProjectRecord from, IEnumerable<ProjectRecord> records)
    {
        DocumentId? of = null;
        if (entry.Of is not null && DocumentReferenceScanner.TryParse(entry.Of, out var reference))
        {
            of = reference!.MeetingDocument is { } meeting
                ? DocumentId.Of(meeting)
                : DocumentId.Of(reference.Number!.WithDefaultBody(DocumentIndex.BodyOfParent(from.Facts.Parent)));
        }

        var found = new List<ProjectRecord>();
        foreach (var record in records)
        {
            if (from.Facts.Group is { } group && record.Facts.Group is { } other && !string.Equals(group, other, StringComparison.Ordinal))
            {
                continue;
            }

            if (of is not null && !record.Facts.Identities.Contains(of))
            {
                continue;
            }

            if (record.Facts.Actions.Any(a => string.Equals(a.Id, entry.Action, StringComparison.Ordinal)))
            {
                found.Add(record);
            }
        }

        return found;
    }
}
