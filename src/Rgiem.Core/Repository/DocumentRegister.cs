using Rgiem.Core.References;

namespace Rgiem.Core.Repository;

/// <summary>
/// The document register of a project: every document the records of the run cite (resolved as each record
/// resolves it: <c>TD666R4</c> in a TSAG record is TSAG-TD666) and every document the registry or their
/// <c>documents:</c> lists know, with titles, the revisions cited and every place of citation. Ordered by number.
/// </summary>
public static class DocumentRegister
{
    public static IReadOnlyList<RegisteredDocument> Build(ProjectRecords records)
    {
        var entries = new Dictionary<DocumentId, Entry>();
        Entry At(DocumentId id) => entries.TryGetValue(id, out var e) ? e : entries[id] = new Entry();

        if (records.Registry is { } registry)
        {
            foreach (var known in registry.Documents)
            {
                At(known.Id).List(known, registry.Path);
            }
        }

        foreach (var record in records.Inputs.OrderBy(r => r.DisplayPath, StringComparer.Ordinal))
        {
            var references = RecordReferences.Analyze(record.Bound, records.Registry);
            foreach (var listed in references.Listed.Where(l => l.InRecord && l.Known is not null))
            {
                At(listed.Known!.Id).List(listed.Known, record.DisplayPath);
            }

            foreach (var citation in references.Citations)
            {
                if (citation.Resolution is not { } resolved)
                {
                    continue;
                }

                var location = citation.Location;
                int? revision = resolved.Number is { } number ? number.Revision ?? 0 : null;
                At(resolved.Id).Citations.Add(new DocumentCitation(location.Path, location.Start.Line + 1, location.Start.Character + 1, citation.Reference.Text, revision));
            }
        }

        // A record of the project is a known document too (its number, its meeting report's number).
        var selves = new Dictionary<DocumentId, ProjectRecord>();
        foreach (var record in records.All)
        {
            foreach (var id in record.Identities())
            {
                selves.TryAdd(id, record);
            }
        }

        var register = new List<RegisteredDocument>();
        foreach (var (id, entry) in entries.OrderBy(e => e.Key.Key, StringComparer.Ordinal))
        {
            selves.TryGetValue(id, out var self);
            var cited = entry.Citations.Where(c => c.Revision is not null).Select(c => c.Revision!.Value).ToList();
            bool meeting = id.Key.StartsWith("DOC", StringComparison.Ordinal);
            register.Add(new RegisteredDocument(
                id.Key,
                entry.Title ?? self?.Metadata.Title,
                entry.Source ?? self?.Metadata.Source,
                entry.ListedIn.Count > 0 || self is not null,
                meeting || entry.ListedIn.Count == 0 ? null : entry.LatestRevision,
                cited.Count > 0 ? cited.Min() : null,
                cited.Count > 0 ? cited.Max() : null,
                entry.ListedIn.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
                entry.Citations.OrderBy(c => c.Path, StringComparer.Ordinal).ThenBy(c => c.Line).ThenBy(c => c.Column).ToList()));
        }

        return register;
    }

    private sealed class Entry
    {
        public string? Title { get; private set; }

        public string? Source { get; private set; }

        public int LatestRevision { get; private set; }

        public List<string> ListedIn { get; } = [];

        public List<DocumentCitation> Citations { get; } = [];

        public void List(KnownDocument known, string where)
        {
            Title ??= known.Title;
            Source ??= known.Source;
            LatestRevision = Math.Max(LatestRevision, known.Revision ?? 0);
            ListedIn.Add(where);
        }
    }
}
