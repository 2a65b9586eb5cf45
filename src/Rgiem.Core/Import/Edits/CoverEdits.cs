using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Rgiem.Core.Binding;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Model;
using Rgiem.Core.Text;
using Rgiem.Core.Yaml;

namespace Rgiem.Core.Import.Edits;

/// <summary>
/// Tracked changes and comments of the cover (title, source, purpose, contacts, keywords, abstract, place and dates, the
/// LS rows) brought back into the front matter. The cover is read before and after the changes; each field that differs
/// is a change of its front matter value. With <c>accept</c> the value's own span of the YAML is replaced (in the style it
/// was written in: plain, quoted, folded; the rest of the file, its comments and quoting untouched), or the key added
/// when the record does not set it. Without it, the changes and comments of each cover text are written into the value as
/// CriticMarkup (<see cref="Marked"/>), which <c>rgiem build</c> shows on the cover as the same revisions. <see
/// cref="CommentMark"/> is the comment line earlier versions wrote instead (RG7030 reports one left in a record).
/// </summary>
internal static partial class CoverEdits
{
    public const string CommentMark = "# rgiem-edit: ";
    private const int FoldWidth = 100;

    /// <summary>The source changes of the cover fields; the cover paragraphs whose edits they are go into <paramref name="handled"/>.</summary>
    public static List<SourceChange> Compute(BoundRecord bound, EditedDocument document, bool accept, string documentName, DiagnosticBag diagnostics, HashSet<int> handled)
    {
        var changes = new List<SourceChange>();
        if (document.CoverBefore is not { } before || document.CoverAfter is not { } after)
        {
            return changes;
        }

        var unplaced = new List<(string Path, string Why)>();
        var fields = Changes(before, after, unplaced);
        var coverParagraphs = document.Paragraphs.Where(p => p.Number <= document.CoverParagraphs && p.HasEdits).ToList();
        var source = bound.Source;
        var root = YamlReader.Read(bound.Section.Yaml, source.Path, bound.Section.YamlFirstLine).Root as YamlMapping;
        int closing = source.GetOffset(new LinePosition(bound.Section.ClosingLine, 0));
        foreach (var (path, why) in unplaced)
        {
            diagnostics.Add(EditsDescriptors.CoverNotWritten, SourceLocation.FileOnly(documentName), path, why);
        }

        ReportUnwritable(before, after, coverParagraphs, accept, documentName, diagnostics);
        if (!accept)
        {
            return Marked(bound, root, document, before, after, fields, closing, documentName, diagnostics, handled);
        }

        var commented = AcceptedComments(bound, root, document, after, closing, changes, documentName, diagnostics, handled);
        int order = changes.Count;
        foreach (var field in fields)
        {
            if (commented.Contains(field.Path))
            {
                continue; // Written with its comment, the change applied.
            }

            var paragraph = coverParagraphs.FirstOrDefault(p => Touches(p, field));
            if (paragraph is not null)
            {
                handled.Add(paragraph.Number);
            }

            int number = paragraph?.Number ?? 0;
            if (string.Equals(Current(bound.Record.Metadata, field.Path), field.New, StringComparison.Ordinal))
            {
                continue; // The front matter says it already.
            }

            var (key, index, sub) = Parse(field.Path);
            var top = root?.Find(key);
            var location = top is null ? SourceLocation.FileOnly(source.Path) : SourceLocation.FromOffsets(source, source.GetOffset(top.Key.Start), source.GetOffset(top.Key.End));
            if (Accept(bound, root, top, key, index, sub, field, after, closing, order++, number) is { } change)
            {
                changes.Add(change);
                if (top is null)
                {
                    diagnostics.Add(EditsDescriptors.CoverFromDefaults, SourceLocation.FileOnly(source.Path), key, field.Path);
                }
            }
            else
            {
                diagnostics.Add(EditsDescriptors.CoverNotWritten, location, field.Path, "the record writes it in a form this import does not rewrite");
            }
        }

        return changes;
    }

    /// <summary>The fields that differ between the two readings of the cover; what cannot be compared field by field goes into <paramref name="unplaced"/>.</summary>
    private static List<CoverFieldChange> Changes(ImportedCover before, ImportedCover after, List<(string Path, string Why)> unplaced)
    {
        var list = new List<CoverFieldChange>();
        void Text(string path, string? a, string? b)
        {
            if (!string.Equals(a ?? string.Empty, b ?? string.Empty, StringComparison.Ordinal))
            {
                list.Add(new CoverFieldChange(path, a ?? string.Empty, b ?? string.Empty, [b ?? string.Empty], IsList: false, IsDate: false));
            }
        }

        void Date(string path, DateOnly? a, DateOnly? b)
        {
            if (a != b)
            {
                list.Add(new CoverFieldChange(path, Iso(a), Iso(b), [Iso(b)], IsList: false, IsDate: true));
            }
        }

        void List(string path, IReadOnlyList<string> a, IReadOnlyList<string> b)
        {
            if (!a.SequenceEqual(b, StringComparer.Ordinal))
            {
                list.Add(new CoverFieldChange(path, string.Join("; ", a), string.Join("; ", b), b, IsList: true, IsDate: false));
            }
        }

        Text("title", before.Title, after.Title);
        Text("source", before.Source, after.Source);
        Text("purpose", before.Purpose, after.Purpose);
        if (before.Meeting is { } m0 && after.Meeting is { } m1)
        {
            Text("meeting.place", m0.Place, m1.Place);
            Date("meeting.from", m0.From, m1.From);
            Date("meeting.to", m0.To ?? m0.From, m1.To ?? m1.From);
        }
        else if (before.Meeting != after.Meeting)
        {
            unplaced.Add(("meeting", "the place and dates do not read as 'Place, 29 July – 2 August 2024' after the change"));
        }

        if (before.Contacts.Count == after.Contacts.Count)
        {
            for (int i = 0; i < before.Contacts.Count; i++)
            {
                var (c0, c1) = (before.Contacts[i], after.Contacts[i]);
                string at = "contacts[" + i.ToString(CultureInfo.InvariantCulture) + "].";
                Text(at + "name", c0.Name, c1.Name);
                Text(at + "organization", c0.Organization, c1.Organization);
                Text(at + "country", c0.Country, c1.Country);
                Text(at + "tel", c0.Tel, c1.Tel);
                Text(at + "email", c0.Email, c1.Email);
            }
        }
        else
        {
            unplaced.Add(("contacts", "a contact was added or removed"));
        }

        List("keywords", before.Keywords, after.Keywords);
        Text("abstract", before.Abstract, after.Abstract);
        List("for-action", before.ForAction, after.ForAction);
        List("for-information", before.ForInformation, after.ForInformation);
        Text("approval", before.Approval, after.Approval);
        Date("deadline", before.Deadline, after.Deadline);
        return list;
    }

    /// <summary>The record's value of a field as the cover shows it (defaults included), to leave a change already made alone.</summary>
    private static string? Current(RecordMetadata m, string path)
    {
        var (key, index, sub) = Parse(path);
        return key switch
        {
            "title" => m.Title,
            "source" => m.Source,
            "purpose" => m.Purpose,
            "abstract" => m.Abstract,
            "approval" => m.Approval,
            "deadline" => Iso(m.Deadline),
            "keywords" => string.Join("; ", m.Keywords),
            "for-action" => string.Join("; ", m.ForAction),
            "for-information" => string.Join("; ", m.ForInformation),
            "meeting" => sub switch
            {
                "place" => m.Meeting?.Place,
                "from" => Iso(m.Meeting?.From),
                _ => Iso(m.Meeting?.To ?? m.Meeting?.From),
            },
            "contacts" when index is int i && i < m.Contacts.Count => sub switch
            {
                "name" => m.Contacts[i].Name,
                "organization" => m.Contacts[i].Organization,
                "country" => m.Contacts[i].Country,
                "tel" => m.Contacts[i].Tel,
                _ => m.Contacts[i].Email,
            },
            _ => null,
        };
    }

    /// <summary>The change with <c>--accept</c>: the value's span replaced, the key added to its mapping, or the top-level key added before the closing fence.</summary>
    private static SourceChange? Accept(BoundRecord bound, YamlMapping? root, YamlEntry? top, string key, int? index, string? sub, CoverFieldChange field, ImportedCover after, int closing, int order, int number)
    {
        var source = bound.Source;
        if (root is null)
        {
            return null;
        }

        if (top is null)
        {
            // The record does not set it (it comes from rgiem.yaml's defaults): the record sets it now, whole.
            string? value = key switch
            {
                "meeting" when after.Meeting is { } m => "{" + string.Join(", ", new[] { ("place", m.Place), ("from", Iso(m.From)), ("to", Iso(m.To)) }.Where(p => p.Item2 is { Length: > 0 }).Select(p => p.Item1 + ": " + Flow(p.Item2!))) + "}",
                "contacts" => "\n" + string.Concat(after.Contacts.Select(c => "  - {" + string.Join(", ", new[] { ("name", c.Name), ("organization", c.Organization), ("country", c.Country), ("tel", c.Tel), ("email", c.Email) }.Where(p => p.Item2 is { Length: > 0 }).Select(p => p.Item1 + ": " + Flow(p.Item2!))) + "}\n")).TrimEnd('\n'),
                _ when index is null && sub is null => field.IsList ? YamlText.Sequence(field.NewItems) : Value(field, field.New),
                _ => null,
            };
            return value is null ? null : new SourceChange(closing, closing, key + ":" + (value.StartsWith('\n') ? value : " " + value) + "\n", order, number, "a cover field");
        }

        YamlNode? node = top.Value;
        if (index is int i)
        {
            node = node is YamlSequence sequence && i < sequence.Items.Count ? sequence.Items[i] : null;
        }

        if (sub is not null)
        {
            if (node is not YamlMapping mapping)
            {
                return null;
            }

            if (mapping.Find(sub) is not { } entry)
            {
                return AddEntry(source, mapping, sub, Value(field, field.New), order, number);
            }

            node = entry.Value;
        }

        int start = source.GetOffset(node!.Start);
        int end = source.GetOffset(node.End);
        string old = source.Text[start..end];
        if (field.IsList)
        {
            if (node is YamlSequence && !old.StartsWith('[') && field.NewItems.Count > 0)
            {
                string indent = new(' ', node.Start.Character);
                string items = string.Join("\n" + indent, field.NewItems.Select(item => "- " + YamlText.Scalar(item)));
                return new SourceChange(start, end, items + Trailing(old), order, number, "a cover field");
            }

            if (old.StartsWith('[') && !old.TrimEnd().EndsWith(']'))
            {
                // The reader's span of a flow sequence ends before its closing bracket.
                int bracket = source.Text.IndexOf(']', end);
                end = bracket < 0 ? end : bracket + 1;
                old = source.Text[start..end];
            }

            return new SourceChange(start, end, YamlText.Sequence(field.NewItems) + Trailing(old), order, number, "a cover field");
        }

        if (node is not YamlScalar)
        {
            return null;
        }

        return new SourceChange(start, end, Restyle(old, field, top.Key.Start.Character), order, number, "a cover field");
    }

    /// <summary>The new value in the style of the old: double- or single-quoted, a block scalar with its header and indentation, else plain (quoted when plain would read otherwise).</summary>
    private static string Restyle(string old, CoverFieldChange field, int keyColumn)
    {
        string value = field.New;
        if (old.StartsWith('"'))
        {
            return YamlText.DoubleQuoted(value);
        }

        if (old.StartsWith('\''))
        {
            return "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
        }

        if (old.StartsWith('|') || old.StartsWith('>'))
        {
            int lineEnd = old.IndexOf('\n', StringComparison.Ordinal);
            string header = lineEnd < 0 ? old : old[..lineEnd];
            var content = lineEnd < 0 ? null : old[(lineEnd + 1)..].Split('\n').FirstOrDefault(l => l.Trim().Length > 0);
            int indent = content is null ? keyColumn + 2 : content.Length - content.TrimStart(' ').Length;
            string pad = new(' ', indent);
            IReadOnlyList<string> lines = old.StartsWith('>') ? Fold(value, FoldWidth - indent) : value.Split('\n');
            return header + "\n" + string.Join("\n", lines.Select(l => pad + l)) + Trailing(old);
        }

        return Value(field, value);
    }

    /// <summary>A plain scalar where YAML reads it back as the same text (a date as a date), else double-quoted; never plain with the characters of a flow collection.</summary>
    private static string Value(CoverFieldChange field, string value) =>
        field.IsDate && value.Length > 0 ? value : Flow(value);

    private static string Flow(string value) =>
        value.IndexOfAny([',', '[', ']', '{', '}']) >= 0 ? YamlText.DoubleQuoted(value) : YamlText.Scalar(value);

    /// <summary>Adds <c>key: value</c> to a mapping: before the closing brace of a flow mapping, else on a line of its own after its last entry.</summary>
    private static SourceChange? AddEntry(SourceText source, YamlMapping mapping, string key, string value, int order, int number)
    {
        int start = source.GetOffset(mapping.Start);
        int end = source.GetOffset(mapping.End);
        if (source.Text[start] == '{')
        {
            int brace = source.Text.IndexOf('}', Math.Max(start, end - 1));
            return brace < start ? null : new SourceChange(brace, brace, (mapping.Entries.Count > 0 ? ", " : string.Empty) + key + ": " + value, order, number, "a cover field");
        }

        if (mapping.Entries.Count == 0)
        {
            return null;
        }

        string indent = new(' ', mapping.Entries[0].Key.Start.Character);
        int lastEnd = source.GetOffset(mapping.Entries[^1].Value.End);
        int lineEnd = source.Text.IndexOf('\n', lastEnd > 0 && source.Text[lastEnd - 1] == '\n' ? lastEnd - 1 : lastEnd);
        int at = lineEnd < 0 ? source.Text.Length : lineEnd;
        return new SourceChange(at, at, "\n" + indent + key + ": " + value, order, number, "a cover field");
    }

    /// <summary>Whether the tracked changes of a cover paragraph are those of <paramref name="field"/>: its inserted text is in the new value, or its deleted text in the old.</summary>
    private static bool Touches(EditedParagraph paragraph, CoverFieldChange field) =>
        paragraph.Segments.Any(s => s.Text.Trim() is { Length: > 0 } text
            && ((s.Kind == SegmentKind.Inserted && Shown(field.New, field.IsDate).Contains(text, StringComparison.Ordinal))
                || (s.Kind == SegmentKind.Deleted && Shown(field.Old, field.IsDate).Contains(text, StringComparison.Ordinal))));

    /// <summary>A value as the front matter and the cover write it (a date also as "15 November 2024").</summary>
    private static string Shown(string value, bool isDate) =>
        isDate && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? value + "\n" + date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)
            : value;

    private static string Who(Attribution attribution) =>
        attribution.Author is { Length: > 0 } author ? "by " + author : "by an unnamed reviewer";

    private static string Flat(string text) => text.Replace("\r", string.Empty, StringComparison.Ordinal).Replace('\n', ' ');

    private static string Iso(DateOnly? date) => date is { } d ? YamlText.Date(d) : string.Empty;

    /// <summary>The line ends a node's span carries after its text (a block collection or scalar ends on the next line).</summary>
    private static string Trailing(string old) => new('\n', old.Length - old.TrimEnd('\n').Length);

    /// <summary>Words on lines of at most <paramref name="width"/> characters (a longer word on a line of its own).</summary>
    private static List<string> Fold(string text, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (string word in Flat(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > Math.Max(20, width))
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        lines.Add(line.ToString());
        return lines;
    }

    private static (string Key, int? Index, string? Sub) Parse(string path)
    {
        var match = PathPattern().Match(path);
        return (match.Groups["key"].Value,
            match.Groups["index"].Success ? int.Parse(match.Groups["index"].Value, CultureInfo.InvariantCulture) : null,
            match.Groups["sub"].Success ? match.Groups["sub"].Value : null);
    }

    [GeneratedRegex(@"^(?<key>[a-z-]+)(?:\[(?<index>\d+)\])?(?:\.(?<sub>[a-z-]+))?$", RegexOptions.CultureInvariant)]
    private static partial Regex PathPattern();
}
