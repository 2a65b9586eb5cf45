using System.Text;
using Rgiem.Core.Binding;
using Rgiem.Core.Delta;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Model;

namespace Rgiem.Core.Import.Edits;

/// <summary>
/// Brings the tracked changes and comments of a Word document built from a record back into the record's Markdown
/// as CriticMarkup (or, with <c>accept</c>, applies the changes). The paragraphs of the document are matched to the
/// record's paragraphs (headings, paragraphs, actions, captions, table cells) as <c>rgiem delta</c> matches blocks,
/// on the text without insertions; then each paragraph's characters to the record's, so that every change lands on
/// the source characters it was made on. What has no place (text changed without track changes, a change of the record
/// accepted in Word, an edit in text the record does not write as plain text) is reported, never guessed.
/// </summary>
public static class RecordEdits
{
    private const int SnippetLength = 40;

    public static EditsResult Apply(BoundRecord bound, IReadOnlyList<EditedParagraph> edited, bool accept, string documentName, DiagnosticBag diagnostics) =>
        Apply(bound, new EditedDocument(edited), accept, documentName, diagnostics);

    /// <summary>The edits of <paramref name="document"/>, its cover's into the front matter (<see cref="CoverEdits"/>).</summary>
    public static EditsResult Apply(BoundRecord bound, EditedDocument document, bool accept, string documentName, DiagnosticBag diagnostics)
    {
        var edited = document.Paragraphs;
        var source = bound.Source;
        var paragraphs = Paragraphs(bound);
        var bases = paragraphs.Select(p => p.BaseText.Trim()).ToList();
        var bags = bases.Select(b => new WordBag(WordTokenizer.Split(b))).ToList();
        var editedBases = edited.Select(p => string.Concat(p.Segments.Where(s => s.Kind != SegmentKind.Inserted).Select(s => s.Text)).Trim()).ToList();
        var editedBags = editedBases.Select(b => new WordBag(WordTokenizer.Split(b))).ToList();
        var match = SequenceDiff.Compute(paragraphs.Count, edited.Count, (i, j) =>
            bases[i].Length == 0
                ? editedBases[j].Length == 0
                : editedBases[j].EndsWith(bases[i], StringComparison.Ordinal) || (bags[i].Count > 2 && bags[i].IsSimilar(editedBags[j])));

        // A document built from the record has every paragraph of the record (its base text: the insertions not
        // counted); one that has fewer than half of them is another document, whose edits would land anywhere.
        int recordParagraphs = bases.Count(b => b.Length > 0);
        int found = match.Count(s => s.Operation == DiffOperation.Equal && bases[s.OldIndex].Length > 0);
        if (recordParagraphs >= 2 && found * 2 < recordParagraphs)
        {
            diagnostics.Add(EditsDescriptors.NotBuiltFromRecord, SourceLocation.FileOnly(documentName), documentName, source.Path, found, recordParagraphs);
            return new EditsResult(source.Text, 0, 0, 0);
        }

        var handled = new HashSet<int>();
        var cover = CoverEdits.Compute(bound, document, accept, documentName, diagnostics, handled);
        var work = new Work(source.Text, accept, documentName, diagnostics, handled);
        work.AddCover(cover);
        RecordParagraph? previous = null;
        foreach (var step in match)
        {
            if (step.Operation == DiffOperation.Equal)
            {
                previous = paragraphs[step.OldIndex];
                work.Merge(previous, edited[step.NewIndex]);
            }
            else if (step.Operation == DiffOperation.Insert && edited[step.NewIndex].HasEdits)
            {
                work.Unmatched(edited[step.NewIndex], previous);
            }
        }

        string text = work.Write();
        if (work.Placed == 0)
        {
            diagnostics.Add(EditsDescriptors.NoEdits, SourceLocation.FileOnly(documentName), documentName);
        }

        return new EditsResult(text, work.Insertions, work.Deletions, work.CommentCount, work.CoverFields);
    }

    /// <summary>The record's paragraphs in the order the document shows them (the body, then the footnotes; the cover is the front matter's).</summary>
    private static List<RecordParagraph> Paragraphs(BoundRecord bound)
    {
        var list = new List<RecordParagraph>();
        foreach (var block in BlockWalker.Descendants(bound.Record.Body))
        {
            if (block is TableBlock table)
            {
                if (table.Caption is { } caption)
                {
                    list.Add(RecordParagraph.Of(caption, bound.Source, inTable: false));
                }

                foreach (var cell in table.Rows.SelectMany(r => r.Cells))
                {
                    list.Add(RecordParagraph.Of(cell.Inlines, bound.Source, inTable: true));
                }

                continue;
            }

            foreach (var group in BlockWalker.InlineGroups(block))
            {
                list.Add(RecordParagraph.Of(group, bound.Source, inTable: false));
            }
        }

        // The notes, in the order Word numbers them (the order they are first cited), after the body as the document has them.
        foreach (var note in BlockWalker.Footnotes(bound.Record.Body))
        {
            foreach (var block in BlockWalker.Descendants(note.Blocks))
            {
                foreach (var group in BlockWalker.InlineGroups(block))
                {
                    list.Add(RecordParagraph.Of(group, bound.Source, inTable: false));
                }
            }
        }

        return list;
    }

    /// <summary>The changes of one import, collected paragraph by paragraph and written into the source at the end.</summary>
    private sealed class Work(string source, bool accept, string documentName, DiagnosticBag diagnostics, HashSet<int> handled)
    {
        private readonly List<SourceChange> changes = [];
        private int order;

        public int Insertions { get; private set; }

        public int Deletions { get; private set; }

        public int CommentCount { get; private set; }

        public int CoverFields { get; private set; }

        public int Placed => Insertions + Deletions + CommentCount + CoverFields;

        /// <summary>The changes of the front matter from the cover's edits.</summary>
        public void AddCover(IReadOnlyList<SourceChange> cover)
        {
            foreach (var change in cover)
            {
                changes.Add(change with { Order = order++ });
                CoverFields++;
            }
        }

        /// <summary>A paragraph of the document with no paragraph of the record: a paragraph inserted whole is added after the one before it.</summary>
        public void Unmatched(EditedParagraph paragraph, RecordParagraph? previous)
        {
            if (handled.Contains(paragraph.Number))
            {
                return; // A cover field's change or comment, written into the front matter or reported.
            }

            bool inserted = paragraph.Segments.All(s => s.Kind == SegmentKind.Inserted) && paragraph.Text.Trim().Length > 0;
            int end = previous?.Chars.Where(c => c.Offset >= 0).Select(c => c.Offset).DefaultIfEmpty(-1).Max() ?? -1;
            if (!inserted || end < 0 || previous!.InTable)
            {
                Report(paragraph, "its edits", previous is null ? "the paragraph is not in the record's body: the cover is written from the front matter" : "the paragraph is not in the record");
                return;
            }

            int lineEnd = source.IndexOf('\n', end);
            lineEnd = lineEnd < 0 ? source.Length : lineEnd;
            var segment = paragraph.Segments[0];
            string text = CriticText.Escape(paragraph.Text.Trim());
            Add(lineEnd, lineEnd, "\n\n" + (accept ? text : "{++" + CriticText.Attribution(segment.Attribution) + text + "++}"), paragraph, "a paragraph");
            Insertions++;
        }

        /// <summary>The edits of a paragraph of the document on the record's paragraph it was built from.</summary>
        public void Merge(RecordParagraph record, EditedParagraph paragraph)
        {
            var chars = new List<(char Value, SegmentKind Kind, Attribution Attribution)>();
            foreach (var segment in paragraph.Segments)
            {
                chars.AddRange(segment.Text.Select(c => (c, segment.Kind, segment.Attribution)));
            }

            var r = record.Chars;
            var steps = SequenceDiff.Compute(r.Count, chars.Count, (i, j) => r[i].Value == chars[j].Value && !(chars[j].Kind == SegmentKind.Inserted && r[i].Kind == SegmentKind.Normal));
            var matched = Enumerable.Repeat(-1, chars.Count).ToArray();
            var recordMatched = Enumerable.Repeat(-1, r.Count).ToArray();
            foreach (var step in steps.Where(s => s.Operation == DiffOperation.Equal))
            {
                matched[step.NewIndex] = step.OldIndex;
                recordMatched[step.OldIndex] = step.NewIndex;
            }

            int firstMatch = Array.FindIndex(matched, m => m >= 0);
            for (int j = 0; j < chars.Count;)
            {
                var (_, kind, attribution) = chars[j];
                int i = matched[j];
                int end = j + 1;
                if (i >= 0 && kind == SegmentKind.Deleted && r[i].Kind == SegmentKind.Normal)
                {
                    while (end < chars.Count && matched[end] >= 0 && chars[end].Kind == SegmentKind.Deleted && r[matched[end]].Kind == SegmentKind.Normal && chars[end].Attribution == attribution)
                    {
                        end++;
                    }

                    // A deletion followed at once by an insertion of the same author is a substitution.
                    int insertEnd = end;
                    while (insertEnd < chars.Count && matched[insertEnd] < 0 && chars[insertEnd].Kind == SegmentKind.Inserted && chars[insertEnd].Attribution == attribution)
                    {
                        insertEnd++;
                    }

                    Delete(record, paragraph, matched, j, end, attribution, Text(chars, end, insertEnd));
                    j = insertEnd;
                    continue;
                }

                if (i >= 0 && kind != r[i].Kind)
                {
                    while (end < chars.Count && matched[end] >= 0 && chars[end].Kind == kind)
                    {
                        end++;
                    }

                    diagnostics.Add(EditsDescriptors.ResolvedInWord, SourceLocation.FileOnly(documentName), paragraph.Number, Snippet(paragraph.Text), Text(chars, j, end));
                    j = end;
                    continue;
                }

                if (i < 0)
                {
                    while (end < chars.Count && matched[end] < 0 && (chars[end].Kind == SegmentKind.Inserted) == (kind == SegmentKind.Inserted) && chars[end].Attribution == attribution)
                    {
                        end++;
                    }

                    if (kind == SegmentKind.Inserted)
                    {
                        Insert(record, paragraph, matched, j, Text(chars, j, end), attribution);
                    }
                    else if (firstMatch >= 0 && j > firstMatch)
                    {
                        diagnostics.Add(EditsDescriptors.Untracked, SourceLocation.FileOnly(documentName), paragraph.Number, Snippet(paragraph.Text), Text(chars, j, end));
                    }

                    j = end;
                    continue;
                }

                j++;
            }

            ReportRecordOnly(record, paragraph, recordMatched);
            foreach (var comment in paragraph.Comments)
            {
                Comment(record, paragraph, matched, chars, comment);
            }
        }

        /// <summary>Text of the record that the document lacks: removed without track changes, or a change of the record accepted in Word.</summary>
        private void ReportRecordOnly(RecordParagraph record, EditedParagraph paragraph, int[] recordMatched)
        {
            for (int i = 0; i < record.Chars.Count;)
            {
                if (recordMatched[i] >= 0)
                {
                    i++;
                    continue;
                }

                var kind = record.Chars[i].Kind;
                int end = i + 1;
                while (end < record.Chars.Count && recordMatched[end] < 0 && record.Chars[end].Kind == kind)
                {
                    end++;
                }

                string text = new([.. record.Chars.Skip(i).Take(end - i).Select(c => c.Value)]);
                if (kind == SegmentKind.Normal)
                {
                    diagnostics.Add(EditsDescriptors.Untracked, SourceLocation.FileOnly(documentName), paragraph.Number, Snippet(paragraph.Text), text);
                }
                else
                {
                    diagnostics.Add(EditsDescriptors.ResolvedInWord, SourceLocation.FileOnly(documentName), paragraph.Number, Snippet(paragraph.Text), text);
                }

                i = end;
            }
        }

        private void Delete(RecordParagraph record, EditedParagraph paragraph, int[] matched, int from, int to, Attribution attribution, string replacement)
        {
            // The source characters of the deleted text, in pieces of consecutive characters (formatting between them stays).
            var pieces = new List<(int Start, int End)>();
            for (int j = from; j < to; j++)
            {
                int offset = record.Chars[matched[j]].Offset;
                if (offset < 0)
                {
                    Report(paragraph, $"the deletion of '{Text(record, matched, from, to)}'", "it is not written as plain text in the record (code, an entity or an escape)");
                    return;
                }

                if (pieces.Count > 0 && pieces[^1].End == offset)
                {
                    pieces[^1] = (pieces[^1].Start, offset + 1);
                }
                else
                {
                    pieces.Add((offset, offset + 1));
                }
            }

            string mark = CriticText.Attribution(attribution);
            for (int k = 0; k < pieces.Count; k++)
            {
                var (start, end) = pieces[k];
                string old = source[start..end];
                bool last = k == pieces.Count - 1;
                string text = accept
                    ? (last ? CriticText.Escape(replacement) : string.Empty)
                    : last && replacement.Length > 0 && pieces.Count == 1
                        ? "{~~" + mark + old + "~>" + CriticText.Escape(replacement) + "~~}"
                        : "{--" + mark + old + "--}" + (last && replacement.Length > 0 ? "{++" + mark + CriticText.Escape(replacement) + "++}" : string.Empty);
                Add(start, end, text, paragraph, "a deletion");
            }

            Deletions++;
            if (replacement.Length > 0)
            {
                Insertions++;
            }
        }

        private void Insert(RecordParagraph record, EditedParagraph paragraph, int[] matched, int at, string text, Attribution attribution)
        {
            if (Position(record, matched, at) is not { } offset)
            {
                Report(paragraph, $"the insertion of '{text}'", "no plain text of the record is next to it");
                return;
            }

            string escaped = CriticText.Escape(text);
            Add(offset, offset, accept ? escaped : "{++" + CriticText.Attribution(attribution) + escaped + "++}", paragraph, "an insertion");
            Insertions++;
        }

        private void Comment(RecordParagraph record, EditedParagraph paragraph, int[] matched, List<(char Value, SegmentKind Kind, Attribution Attribution)> chars, EditComment comment)
        {
            string body = CriticText.Escape(comment.Text.Trim());
            if (record.Comments.Contains(comment.Text.Trim(), StringComparer.Ordinal))
            {
                return; // The record's own comment.
            }

            string note = "{>>" + CriticText.Attribution(comment.Attribution) + body + "<<}";
            int start = Math.Clamp(comment.Start, 0, chars.Count);
            int end = Math.Clamp(comment.End, start, chars.Count);
            var anchored = Enumerable.Range(start, end - start).Where(j => matched[j] >= 0).Select(j => record.Chars[matched[j]]).ToList();
            bool plain = end > start && anchored.Count == end - start && anchored.All(c => c.Offset >= 0 && c.Kind == SegmentKind.Normal)
                && Enumerable.Range(start, end - start).All(j => chars[j].Kind == SegmentKind.Normal)
                && anchored.Zip(anchored.Skip(1)).All(p => p.Second.Offset == p.First.Offset + 1);
            if (plain)
            {
                Add(anchored[0].Offset, anchored[0].Offset, "{==", paragraph, "a comment");
                Add(anchored[^1].Offset + 1, anchored[^1].Offset + 1, "==}" + note, paragraph, "a comment");
                CommentCount++;
                return;
            }

            if (end > start)
            {
                diagnostics.Add(EditsDescriptors.CommentMoved, SourceLocation.FileOnly(documentName), paragraph.Number, Snippet(paragraph.Text), comment.Attribution.Author ?? CriticText.AnonymousAuthor);
            }

            int? at = anchored.LastOrDefault(c => c.Offset >= 0) is { Offset: >= 0 } last ? last.Offset + 1 : Position(record, matched, start);
            if (at is not { } offset)
            {
                Report(paragraph, "a comment", "no plain text of the record is next to it");
                return;
            }

            Add(offset, offset, note, paragraph, "a comment");
            CommentCount++;
        }

        /// <summary>Where text inserted before character <paramref name="at"/> of the document goes in the source: after the record's character before it, else before the one after it.</summary>
        private static int? Position(RecordParagraph record, int[] matched, int at)
        {
            for (int j = Math.Min(at, matched.Length) - 1; j >= 0; j--)
            {
                if (matched[j] >= 0)
                {
                    var c = record.Chars[matched[j]];
                    if (c.Offset >= 0 && c.Kind == SegmentKind.Normal)
                    {
                        return c.Offset + 1;
                    }

                    break;
                }
            }

            for (int j = at; j < matched.Length; j++)
            {
                if (matched[j] >= 0)
                {
                    var c = record.Chars[matched[j]];
                    return c.Offset >= 0 && c.Kind == SegmentKind.Normal ? c.Offset : null;
                }
            }

            return null;
        }

        private void Add(int start, int end, string text, EditedParagraph paragraph, string what) =>
            changes.Add(new SourceChange(start, end, text, order++, paragraph.Number, what));

        private void Report(EditedParagraph paragraph, string what, string why) =>
            diagnostics.Add(EditsDescriptors.NotPlaced, SourceLocation.FileOnly(documentName), paragraph.Number, Snippet(paragraph.Text), what, why);

        /// <summary>The source with every change written in; a change that overlaps one before it is reported instead.</summary>
        public string Write()
        {
            var builder = new StringBuilder(source.Length + changes.Sum(c => c.Text.Length));
            int position = 0;
            foreach (var change in changes.OrderBy(c => c.Start).ThenBy(c => c.End > c.Start ? 1 : 0).ThenBy(c => c.Order))
            {
                if (change.Start < position)
                {
                    diagnostics.Add(EditsDescriptors.NotPlaced, SourceLocation.FileOnly(documentName), change.Paragraph, Snippet(source.Substring(change.Start, Math.Min(SnippetLength, source.Length - change.Start))), change.What, "it overlaps another edit");
                    continue;
                }

                builder.Append(source, position, change.Start - position).Append(change.Text);
                position = change.End;
            }

            builder.Append(source, position, source.Length - position);
            return builder.ToString();
        }

        private static string Text(List<(char Value, SegmentKind Kind, Attribution Attribution)> chars, int from, int to) =>
            new([.. chars.Skip(from).Take(to - from).Select(c => c.Value)]);

        private static string Text(RecordParagraph record, int[] matched, int from, int to) =>
            new([.. Enumerable.Range(from, to - from).Select(j => record.Chars[matched[j]].Value)]);
    }

    private static string Snippet(string text)
    {
        string line = text.Replace('\n', ' ').Replace('\t', ' ').Trim();
        return line.Length > SnippetLength ? line[..SnippetLength] + "…" : line;
    }
}
