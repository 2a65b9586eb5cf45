using System.Globalization;
using System.Text;
using Rgiem.Core.Binding;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Model;
using Rgiem.Core.Yaml;

namespace Rgiem.Core.Import.Edits;

/// <summary>
/// Without <c>--accept</c>: the tracked changes and comments of each cover text (the title, a contact's e-mail, a
/// keyword…) are written into the field's front matter value as CriticMarkup, exactly as Word shows them
/// (<c>title: "{~~@Ed Itor 2026-12-01: Draft~>Final~~} report"</c>, quoted), so that <c>rgiem build</c> shows the same
/// revisions and comments on the cover. A change of a value the cover does not show as its own text (the number, the
/// type line, the study period, the dates) is reported (RG8223), as is a comment on such text (RG8224).
/// </summary>
internal static partial class CoverEdits
{
    /// <summary>The changes of the front matter: every cover text with edits, written as CriticMarkup in its value.</summary>
    private static List<SourceChange> Marked(BoundRecord bound, YamlMapping? root, EditedDocument document, ImportedCover before, ImportedCover after, List<CoverFieldChange> fields, int closing, string documentName, DiagnosticBag diagnostics, HashSet<int> handled)
    {
        var changes = new List<SourceChange>();
        var paragraphs = document.Paragraphs.Where(p => p.Number <= document.CoverParagraphs && p.HasEdits).ToList();
        var candidates = Candidates(before, after);
        var marks = new Dictionary<string, (string Value, EditedParagraph Paragraph, Attribution Who)>(StringComparer.Ordinal);
        var claimed = new HashSet<EditComment>(ReferenceEqualityComparer.Instance);
        foreach (var paragraph in paragraphs)
        {
            foreach (var (path, old, value) in candidates)
            {
                if (!marks.ContainsKey(path) && Mark(paragraph, old, value, claimed) is { } mark)
                {
                    marks[path] = (mark.Text, paragraph, mark.Who);
                    handled.Add(paragraph.Number);
                }
            }

            foreach (var comment in paragraph.Comments.Where(c => !claimed.Contains(c)))
            {
                diagnostics.Add(ImportDescriptors.CoverCommentNotPlaced, SourceLocation.FileOnly(documentName), paragraph.Number, Snippet(paragraph.Text), Who(comment.Attribution), Snippet(comment.Text));
                handled.Add(paragraph.Number);
            }
        }

        foreach (var field in fields)
        {
            var paragraph = paragraphs.FirstOrDefault(p => Touches(p, field));
            if (field.IsDate)
            {
                var who = paragraph?.Segments.FirstOrDefault(s => s.Kind != SegmentKind.Normal)?.Attribution ?? Attribution.None;
                diagnostics.Add(ImportDescriptors.CoverValueNotText, SourceLocation.FileOnly(documentName), paragraph?.Number ?? 0, field.Path, Who(who), Flat(field.Old), Flat(field.New), field.Path,
                    $"write '{field.Path}: {field.New}' in the front matter, or import again with --accept");
                if (paragraph is not null)
                {
                    handled.Add(paragraph.Number);
                }

                continue;
            }

            bool written = field.IsList
                ? Enumerable.Range(0, field.NewItems.Count).All(i => marks.ContainsKey(Item(field.Path, i)) || !candidates.Any(c => c.Path == Item(field.Path, i) && c.Old != c.New)) && marks.Keys.Any(k => k.StartsWith(field.Path + "[", StringComparison.Ordinal))
                : marks.ContainsKey(field.Path);
            if (!written)
            {
                diagnostics.Add(EditsDescriptors.CoverNotWritten, SourceLocation.FileOnly(documentName), field.Path,
                    "the change is not in one cover paragraph as the value's own text (an item added or removed, a value written empty); write it by hand, or import again with --accept");
            }
        }

        WriteMarks(bound, root, marks, after, closing, changes, diagnostics);
        return changes;
    }

    /// <summary>The marked values written over the front matter's (or added, for a key from rgiem.yaml's defaults).</summary>
    private static void WriteMarks(BoundRecord bound, YamlMapping? root, Dictionary<string, (string Value, EditedParagraph Paragraph, Attribution Who)> marks, ImportedCover after, int closing, List<SourceChange> changes, DiagnosticBag diagnostics)
    {
        var source = bound.Source;
        int order = changes.Count;
        foreach (var group in marks.GroupBy(m => Parse(m.Key).Key))
        {
            var top = root?.Find(group.Key);
            if (top is null)
            {
                if (Defaults(group.Key, group.ToDictionary(m => m.Key, m => m.Value.Value, StringComparer.Ordinal), after) is { } text)
                {
                    changes.Add(new SourceChange(closing, closing, text, order++, group.First().Value.Paragraph.Number, "a cover field"));
                    diagnostics.Add(EditsDescriptors.CoverFromDefaults, SourceLocation.FileOnly(source.Path), group.Key, group.First().Key);
                    foreach (var (path, mark) in group)
                    {
                        diagnostics.Add(EditsDescriptors.CoverEditComment, SourceLocation.FileOnly(source.Path), path, Who(mark.Who), mark.Value);
                    }
                }

                continue;
            }

            foreach (var (path, mark) in group)
            {
                var (_, index, sub) = Parse(path);
                YamlNode? node = top.Value;
                if (index is int i)
                {
                    node = node is YamlSequence sequence && i < sequence.Items.Count ? sequence.Items[i] : null;
                }

                if (sub is not null)
                {
                    node = node is YamlMapping mapping ? mapping.Find(sub)?.Value : null;
                }

                var location = SourceLocation.FromOffsets(source, source.GetOffset(top.Key.Start), source.GetOffset(top.Key.End));
                if (node is not YamlScalar scalar)
                {
                    diagnostics.Add(EditsDescriptors.CoverNotWritten, location, path, "the record writes it in a form this import does not rewrite (a list written as one text, a value from rgiem.yaml's defaults inside a mapping)");
                    continue;
                }

                if (string.Equals(scalar.Value.Trim(), mark.Value, StringComparison.Ordinal))
                {
                    continue; // Imported once already.
                }

                int start = source.GetOffset(scalar.Start);
                int end = source.GetOffset(scalar.End);
                string old = source.Text[start..end];
                // A folded block would fold the spaces of a change: the value is then double-quoted, as a plain one is.
                string text = old.Length == 0 || !(old[0] is '"' or '\'' or '|')
                    ? YamlText.DoubleQuoted(mark.Value) + Trailing(old)
                    : Restyle(old, new CoverFieldChange(path, string.Empty, mark.Value, [mark.Value], IsList: false, IsDate: false), top.Key.Start.Character);
                changes.Add(new SourceChange(start, end, text, order++, mark.Paragraph.Number, "a cover field"));
                diagnostics.Add(EditsDescriptors.CoverEditComment, location, path, Who(mark.Who), mark.Value);
            }
        }

    }

    /// <summary>
    /// With <c>--accept</c>: the comments on cover texts, written into the values as CriticMarkup comments on the text with
    /// its changes applied (a comment is not a change to apply); the paths they are written into.
    /// </summary>
    private static HashSet<string> AcceptedComments(BoundRecord bound, YamlMapping? root, EditedDocument document, ImportedCover after, int closing, List<SourceChange> changes, string documentName, DiagnosticBag diagnostics, HashSet<int> handled)
    {
        var marks = new Dictionary<string, (string Value, EditedParagraph Paragraph, Attribution Who)>(StringComparer.Ordinal);
        var candidates = Candidates(after, after);
        var claimed = new HashSet<EditComment>(ReferenceEqualityComparer.Instance);
        foreach (var paragraph in document.Paragraphs.Where(p => p.Number <= document.CoverParagraphs && p.Comments.Count > 0))
        {
            var accepted = Accepted(paragraph);
            foreach (var (path, _, value) in candidates)
            {
                if (!marks.ContainsKey(path) && Mark(accepted, value, value, claimed) is { } mark)
                {
                    marks[path] = (mark.Text, paragraph, mark.Who);
                }
            }

            foreach (var comment in accepted.Comments.Where(c => !claimed.Contains(c)))
            {
                diagnostics.Add(ImportDescriptors.CoverCommentNotPlaced, SourceLocation.FileOnly(documentName), paragraph.Number, Snippet(accepted.Text), Who(comment.Attribution), Snippet(comment.Text));
            }

            handled.Add(paragraph.Number);
        }

        WriteMarks(bound, root, marks, after, closing, changes, diagnostics);
        return [.. marks.Keys];
    }

    /// <summary>A paragraph as it reads with its changes accepted (its comments' offsets moved with the text).</summary>
    private static EditedParagraph Accepted(EditedParagraph paragraph)
    {
        var map = new List<int>();
        var segments = new List<EditSegment>();
        int kept = 0;
        foreach (var segment in paragraph.Segments)
        {
            foreach (char _ in segment.Text)
            {
                map.Add(kept);
                kept += segment.Kind == SegmentKind.Deleted ? 0 : 1;
            }

            if (segment.Kind != SegmentKind.Deleted)
            {
                segments.Add(new EditSegment(segment.Text, SegmentKind.Normal, Attribution.None));
            }
        }

        map.Add(kept);
        var comments = paragraph.Comments.Select(c => c with { Start = map[Math.Clamp(c.Start, 0, map.Count - 1)], End = map[Math.Clamp(c.End, 0, map.Count - 1)] }).ToList();
        return new EditedParagraph(paragraph.Number, segments, comments);
    }

    /// <summary>A key the record does not set (rgiem.yaml's defaults gave it), written whole before the closing fence with the marked values.</summary>
    private static string? Defaults(string key, Dictionary<string, string> marked, ImportedCover after)
    {
        string Value(string path, string? plain) => marked.TryGetValue(path, out var value) ? YamlText.DoubleQuoted(value) : Flow(plain ?? string.Empty);
        switch (key)
        {
            case "contacts":
                var lines = after.Contacts.Select((c, i) =>
                {
                    string at = Item("contacts", i) + ".";
                    var parts = new[] { ("name", c.Name), ("organization", c.Organization), ("country", c.Country), ("tel", c.Tel), ("email", c.Email) }
                        .Where(p => p.Item2 is { Length: > 0 } || marked.ContainsKey(at + p.Item1))
                        .Select(p => p.Item1 + ": " + Value(at + p.Item1, p.Item2));
                    return "  - {" + string.Join(", ", parts) + "}\n";
                });
                return "contacts:\n" + string.Concat(lines);
            case "meeting" when after.Meeting is { } m:
                var fields = new[] { ("place", Value("meeting.place", m.Place)), ("from", Iso(m.From)), ("to", Iso(m.To)) }.Where(p => p.Item2.Length > 0);
                return "meeting: {" + string.Join(", ", fields.Select(p => p.Item1 + ": " + p.Item2)) + "}\n";
            case "keywords" or "for-action" or "for-information":
                var items = key switch { "keywords" => after.Keywords, "for-action" => after.ForAction, _ => after.ForInformation };
                return key + ": [" + string.Join(", ", items.Select((item, i) => Value(Item(key, i), item))) + "]\n";
            default:
                return marked.TryGetValue(key, out var text) ? key + ": " + YamlText.DoubleQuoted(text) + "\n" : null;
        }
    }

    /// <summary>Every text of the cover a front matter value holds, as it reads before and after the changes.</summary>
    private static List<(string Path, string Old, string New)> Candidates(ImportedCover before, ImportedCover after)
    {
        var list = new List<(string, string, string)>();
        void Add(string path, string? old, string? value)
        {
            if (!string.IsNullOrEmpty(old) || !string.IsNullOrEmpty(value))
            {
                list.Add((path, old ?? string.Empty, value ?? string.Empty));
            }
        }

        void Items(string path, IReadOnlyList<string> old, IReadOnlyList<string> value)
        {
            if (old.Count == value.Count)
            {
                for (int i = 0; i < old.Count; i++)
                {
                    Add(Item(path, i), old[i], value[i]);
                }
            }
        }

        Add("title", before.Title, after.Title);
        Add("source", before.Source, after.Source);
        Add("purpose", before.Purpose, after.Purpose);
        if (before.Contacts.Count == after.Contacts.Count)
        {
            for (int i = 0; i < before.Contacts.Count; i++)
            {
                var (c0, c1) = (before.Contacts[i], after.Contacts[i]);
                string at = Item("contacts", i) + ".";
                Add(at + "name", c0.Name, c1.Name);
                Add(at + "organization", c0.Organization, c1.Organization);
                Add(at + "country", c0.Country, c1.Country);
                Add(at + "tel", c0.Tel, c1.Tel);
                Add(at + "email", c0.Email, c1.Email);
            }
        }

        Items("keywords", before.Keywords, after.Keywords);
        Add("abstract", before.Abstract, after.Abstract);
        if (before.Meeting is { } m0 && after.Meeting is { } m1)
        {
            Add("meeting.place", m0.Place, m1.Place);
        }

        Add("approval", before.Approval, after.Approval);
        Items("for-action", before.ForAction, after.ForAction);
        Items("for-information", before.ForInformation, after.ForInformation);
        return list;
    }

    /// <summary>
    /// The CriticMarkup of one cover text in <paramref name="paragraph"/>: where the paragraph reads <paramref name="old"/>
    /// before the changes and <paramref name="value"/> after them (a whole line, or an item between separators), its
    /// changes and the comments on it, as Word shows them; null when the text is not there or has no edit.
    /// </summary>
    private static (string Text, Attribution Who)? Mark(EditedParagraph paragraph, string old, string value, HashSet<EditComment> claimed)
    {
        var chars = new List<(char Value, SegmentKind Kind, Attribution Who)>();
        foreach (var segment in paragraph.Segments)
        {
            chars.AddRange(segment.Text.Select(c => (c, segment.Kind, segment.Attribution)));
        }

        var beforeMap = Enumerable.Range(0, chars.Count).Where(k => chars[k].Kind != SegmentKind.Inserted).ToList();
        var afterMap = Enumerable.Range(0, chars.Count).Where(k => chars[k].Kind != SegmentKind.Deleted).ToList();
        string beforeText = new([.. beforeMap.Select(k => chars[k].Value)]);
        string afterText = new([.. afterMap.Select(k => chars[k].Value)]);
        int b0 = Find(beforeText, old);
        int a0 = Find(afterText, value);
        if (b0 < 0 || a0 < 0)
        {
            return null;
        }

        int start = Math.Min(beforeMap[b0], afterMap[a0]);
        int end = Math.Max(beforeMap[b0 + old.Length - 1], afterMap[a0 + value.Length - 1]) + 1;
        string regionBefore = new([.. Enumerable.Range(start, end - start).Where(k => chars[k].Kind != SegmentKind.Inserted).Select(k => chars[k].Value)]);
        string regionAfter = new([.. Enumerable.Range(start, end - start).Where(k => chars[k].Kind != SegmentKind.Deleted).Select(k => chars[k].Value)]);
        if (regionBefore != old || regionAfter != value)
        {
            return null;
        }

        var comments = paragraph.Comments.Where(c => !claimed.Contains(c) && c.Start >= start && c.End <= end && c.Start <= c.End).ToList();
        if (comments.Count == 0 && Enumerable.Range(start, end - start).All(k => chars[k].Kind == SegmentKind.Normal))
        {
            return null;
        }

        // A comment on plain text is anchored on it; on a change, it follows the text.
        var anchored = comments.Where(c => c.End > c.Start && Enumerable.Range(c.Start, c.End - c.Start).All(k => chars[k].Kind == SegmentKind.Normal)).ToHashSet();
        var text = new StringBuilder();
        var who = Attribution.None;
        bool Boundary(int k) => comments.Any(c => (anchored.Contains(c) && c.Start == k) || c.End == k);
        void Marks(int k)
        {
            foreach (var c in comments.Where(c => anchored.Contains(c) ? c.End == k : c.End == k && !anchored.Contains(c)))
            {
                text.Append(anchored.Contains(c) ? "==}" : string.Empty).Append("{>>").Append(CriticText.Attribution(c.Attribution)).Append(Flat(c.Text.Trim())).Append("<<}");
            }

            foreach (var c in comments.Where(c => anchored.Contains(c) && c.Start == k))
            {
                text.Append("{==");
            }
        }

        int Run(int k)
        {
            int e = k + 1;
            while (e < end && chars[e].Kind == chars[k].Kind && chars[e].Who == chars[k].Who && !Boundary(e))
            {
                e++;
            }

            return e;
        }

        string Chars(int from, int to) => new([.. Enumerable.Range(from, to - from).Select(k => chars[k].Value)]);
        for (int k = start; k < end;)
        {
            Marks(k);
            int e = Run(k);
            var (_, kind, by) = chars[k];
            if (kind != SegmentKind.Normal && who == Attribution.None)
            {
                who = by;
            }

            string mark = CriticText.Attribution(by);
            if (kind == SegmentKind.Deleted && e < end && chars[e].Kind == SegmentKind.Inserted && chars[e].Who == by && !Boundary(e))
            {
                int e2 = Run(e);
                text.Append("{~~").Append(mark).Append(Chars(k, e)).Append("~>").Append(Chars(e, e2)).Append("~~}");
                k = e2;
                continue;
            }

            text.Append(kind switch
            {
                SegmentKind.Deleted => "{--" + mark + Chars(k, e) + "--}",
                SegmentKind.Inserted => "{++" + mark + Chars(k, e) + "++}",
                _ => Chars(k, e),
            });
            k = e;
        }

        Marks(end);
        foreach (var c in comments)
        {
            claimed.Add(c);
            if (who == Attribution.None)
            {
                who = c.Attribution;
            }
        }

        return (text.ToString(), who);
    }

    /// <summary>Where <paramref name="value"/> stands in <paramref name="text"/> as a whole line, cell text or list item (between separators); -1 when it does not.</summary>
    private static int Find(string text, string value)
    {
        if (value.Length == 0)
        {
            return -1;
        }

        for (int at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            int end = at + value.Length;
            bool left = at == 0 || text[at - 1] is '\n' or '\t' || (text[at - 1] == ' ' && at >= 2 && text[at - 2] is ';' or ',');
            bool right = end == text.Length || text[end] is '\n' or '\t' or ';' or ',';
            if (left && right)
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>Changes of the cover that are not front matter text (the number, the type line, the study period): reported with the values, never guessed.</summary>
    private static void ReportUnwritable(ImportedCover before, ImportedCover after, List<EditedParagraph> paragraphs, bool accept, string documentName, DiagnosticBag diagnostics)
    {
        foreach (var (what, key, old, value) in new[]
        {
            ("document number", "number", before.Number, after.Number),
            ("type line", "type", before.Type, after.Type),
            ("study period", "study-period", before.StudyPeriod, after.StudyPeriod),
        })
        {
            if (string.Equals(old ?? string.Empty, value ?? string.Empty, StringComparison.Ordinal))
            {
                continue;
            }

            var paragraph = paragraphs.FirstOrDefault(p => p.Segments.Any(s => s.Kind != SegmentKind.Normal && s.Text.Trim().Length > 0
                && ((value ?? string.Empty).Contains(s.Text.Trim(), StringComparison.OrdinalIgnoreCase) || (old ?? string.Empty).Contains(s.Text.Trim(), StringComparison.OrdinalIgnoreCase))));
            var who = paragraph?.Segments.FirstOrDefault(s => s.Kind != SegmentKind.Normal)?.Attribution ?? Attribution.None;
            string fix = value is { Length: > 0 } ? $"write '{key}: {value}' in the front matter if the change is agreed" : $"remove '{key}' from the front matter if the change is agreed";
            diagnostics.Add(ImportDescriptors.CoverValueNotText, SourceLocation.FileOnly(documentName), paragraph?.Number ?? 0, what, Who(who), old ?? string.Empty, value ?? string.Empty, key,
                accept ? fix + " (--accept does not rewrite it)" : fix);
        }
    }

    private static string Item(string path, int index) => path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    private static string Snippet(string text)
    {
        string line = Flat(text).Replace('\t', ' ').Trim();
        return line.Length > 40 ? line[..40] + "…" : line;
    }
}
