using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Rgiem.Core.Delta;

namespace Rgiem.Docx.Delta;

/// <summary>
/// Merges the rendered body of the old version into the new one as tracked changes. Blocks (paragraphs and
/// tables) are matched by a shortest edit script in which two blocks match when they have the same kind
/// (paragraph style and list level, or table style and column count) and the same or similar words; unmatched
/// blocks become deleted or inserted paragraphs and table rows, matched paragraphs are diffed word by word
/// (a renumbered heading changes only its number), matched tables row by row and then cell by cell.
/// </summary>
internal sealed class ElementMerger(Revisions revisions, Func<long, string>? noteText = null)
{
    private const double ParagraphSimilarity = 0.5;
    private const double RowSimilarity = 0.4;

    public List<OpenXmlElement> Merge(IReadOnlyList<OpenXmlElement> oldItems, IReadOnlyList<OpenXmlElement> newItems)
    {
        var oldInfo = oldItems.Select(Describe).ToArray();
        var newInfo = newItems.Select(Describe).ToArray();
        var edits = SequenceDiff.Compute(oldItems.Count, newItems.Count, (i, j) => Matches(oldInfo[i], newInfo[j], ParagraphSimilarity));
        var output = new List<OpenXmlElement>();
        foreach (var edit in edits)
        {
            switch (edit.Operation)
            {
                case DiffOperation.Delete:
                    Add(output, MarkWhole(oldItems[edit.OldIndex].CloneNode(true), deleted: true));
                    break;
                case DiffOperation.Insert:
                    Add(output, MarkWhole(newItems[edit.NewIndex].CloneNode(true), deleted: false));
                    break;
                default:
                    var (oldBlock, newBlock) = (oldInfo[edit.OldIndex], newInfo[edit.NewIndex]);
                    if (oldBlock.Signature == newBlock.Signature)
                    {
                        Add(output, newItems[edit.NewIndex].CloneNode(true));
                    }
                    else if (newItems[edit.NewIndex] is Table newTable)
                    {
                        Add(output, MergeTable((Table)oldItems[edit.OldIndex], newTable));
                    }
                    else
                    {
                        foreach (var paragraph in MergeParagraph(oldBlock, newBlock, (Paragraph)newItems[edit.NewIndex], (Paragraph)oldItems[edit.OldIndex]))
                        {
                            Add(output, paragraph);
                        }
                    }

                    break;
            }
        }

        return output;
    }

    /// <summary>Marks every run of a block, its paragraph marks and its table rows as inserted or deleted.</summary>
    private OpenXmlElement MarkWhole(OpenXmlElement element, bool deleted)
    {
        switch (element)
        {
            case Paragraph paragraph:
                MarkRuns(paragraph, deleted);
                MarkParagraph(paragraph, deleted);
                break;
            case Table table:
                foreach (var row in table.Elements<TableRow>())
                {
                    MarkRow(row, deleted);
                }

                break;
        }

        return element;
    }

    private void MarkRow(TableRow row, bool deleted)
    {
        MarkRuns(row, deleted);
        var properties = row.TableRowProperties;
        if (properties is null)
        {
            properties = new TableRowProperties();
            if (row.TablePropertyExceptions is { } exceptions)
            {
                exceptions.InsertAfterSelf(properties);
            }
            else
            {
                row.PrependChild(properties);
            }
        }

        properties.Append(deleted ? revisions.Deleted() : revisions.Inserted());
    }

    /// <summary>Wraps each run under <paramref name="root"/> (in paragraphs and links) in w:ins or w:del.</summary>
    private void MarkRuns(OpenXmlElement root, bool deleted)
    {
        foreach (var run in root.Descendants<Run>().Where(r => r.Parent is Paragraph or Hyperlink).ToList())
        {
            var parent = run.Parent!;
            if (deleted)
            {
                foreach (var text in run.Elements<Text>().ToList())
                {
                    text.InsertAfterSelf(new DeletedText(text.Text) { Space = SpaceProcessingModeValues.Preserve });
                    text.Remove();
                }
            }

            OpenXmlElement wrapper = deleted ? revisions.DeletedRun() : revisions.InsertedRun();
            parent.InsertBefore(wrapper, run);
            run.Remove();
            wrapper.Append(run);
        }
    }

    private void MarkParagraph(Paragraph paragraph, bool deleted)
    {
        var properties = paragraph.ParagraphProperties ?? paragraph.PrependChild(new ParagraphProperties());
        var mark = properties.ParagraphMarkRunProperties;
        if (mark is null)
        {
            mark = new ParagraphMarkRunProperties();
            properties.ParagraphMarkRunProperties = mark;
        }

        mark.PrependChild<OpenXmlElement>(deleted ? revisions.Deleted() : revisions.Inserted());
    }

    private IEnumerable<Paragraph> MergeParagraph(BlockInfo oldBlock, BlockInfo newBlock, Paragraph newParagraph, Paragraph oldParagraph)
    {
        if (oldBlock.Tokens is not { } oldTokens || newBlock.Tokens is not { } newTokens)
        {
            // A paragraph with links: replaced whole.
            yield return (Paragraph)MarkWhole(oldParagraph.CloneNode(true), deleted: true);
            yield return (Paragraph)MarkWhole(newParagraph.CloneNode(true), deleted: false);
            yield break;
        }

        var merged = new Paragraph();
        if (newParagraph.ParagraphProperties is { } properties)
        {
            merged.Append(properties.CloneNode(true));
        }

        var edits = DiffCleanup.MergeAcrossSpaces(
            SequenceDiff.Compute(oldTokens.Count, newTokens.Count, (i, j) => string.Equals(oldTokens[i].Key, newTokens[j].Key, StringComparison.Ordinal)),
            i => oldTokens[i].Key == " ");
        var segment = new List<RunToken>();
        var segmentKind = (DiffOperation.Equal, (string?)null);
        RunProperties? segmentOld = null;

        void Flush()
        {
            if (segment.Count == 0)
            {
                return;
            }

            var (operation, oldXml) = segmentKind;
            var runs = ParagraphTokens.Runs(segment, deleted: operation == DiffOperation.Delete);
            foreach (var run in runs)
            {
                switch (operation)
                {
                    case DiffOperation.Delete:
                        merged.Append(Wrap(revisions.DeletedRun(), run));
                        break;
                    case DiffOperation.Insert:
                        merged.Append(Wrap(revisions.InsertedRun(), run));
                        break;
                    default:
                        if (oldXml is not null)
                        {
                            run.RunProperties ??= new RunProperties();
                            run.RunProperties.Append(revisions.FormatChange(segmentOld));
                        }

                        merged.Append(run);
                        break;
                }
            }

            segment.Clear();
        }

        foreach (var edit in edits)
        {
            RunToken token;
            (DiffOperation, string?) kind;
            RunProperties? old = null;
            switch (edit.Operation)
            {
                case DiffOperation.Delete:
                    token = oldTokens[edit.OldIndex];
                    kind = (DiffOperation.Delete, null);
                    break;
                case DiffOperation.Insert:
                    token = newTokens[edit.NewIndex];
                    kind = (DiffOperation.Insert, null);
                    break;
                default:
                    token = newTokens[edit.NewIndex];
                    var before = oldTokens[edit.OldIndex];
                    bool formatChanged = before.PropertiesXml != token.PropertiesXml;
                    kind = (DiffOperation.Equal, formatChanged ? before.PropertiesXml : null);
                    old = formatChanged ? before.Properties : null;
                    break;
            }

            if (kind != segmentKind)
            {
                Flush();
                segmentKind = kind;
                segmentOld = old;
            }

            segment.Add(token);
        }

        Flush();
        yield return merged;
    }

    private Table MergeTable(Table oldTable, Table newTable)
    {
        var table = (Table)newTable.CloneNode(true);
        foreach (var row in table.Elements<TableRow>().ToList())
        {
            row.Remove();
        }

        var oldRows = oldTable.Elements<TableRow>().ToList();
        var newRows = newTable.Elements<TableRow>().ToList();
        var oldInfo = oldRows.Select(DescribeRow).ToArray();
        var newInfo = newRows.Select(DescribeRow).ToArray();
        var edits = SequenceDiff.Compute(oldRows.Count, newRows.Count, (i, j) => Matches(oldInfo[i], newInfo[j], RowSimilarity));
        foreach (var edit in edits)
        {
            switch (edit.Operation)
            {
                case DiffOperation.Delete:
                    var deleted = (TableRow)oldRows[edit.OldIndex].CloneNode(true);
                    MarkRow(deleted, deleted: true);
                    table.Append(deleted);
                    break;
                case DiffOperation.Insert:
                    var inserted = (TableRow)newRows[edit.NewIndex].CloneNode(true);
                    MarkRow(inserted, deleted: false);
                    table.Append(inserted);
                    break;
                default:
                    if (oldInfo[edit.OldIndex].Signature == newInfo[edit.NewIndex].Signature)
                    {
                        table.Append(newRows[edit.NewIndex].CloneNode(true));
                    }
                    else
                    {
                        table.Append(MergeRow(oldRows[edit.OldIndex], newRows[edit.NewIndex]));
                    }

                    break;
            }
        }

        return table;
    }

    private TableRow MergeRow(TableRow oldRow, TableRow newRow)
    {
        var row = (TableRow)newRow.CloneNode(true);
        var oldCells = oldRow.Elements<TableCell>().ToList();
        var cells = row.Elements<TableCell>().ToList();
        for (int c = 0; c < cells.Count; c++)
        {
            var cell = cells[c];
            var newContent = cell.ChildElements.Where(e => e is not TableCellProperties).ToList();
            var oldContent = oldCells[c].ChildElements.Where(e => e is not TableCellProperties).ToList();
            var merged = Merge(oldContent, newContent);
            foreach (var element in newContent)
            {
                element.Remove();
            }

            if (merged.Count == 0 || merged[^1] is not Paragraph)
            {
                merged.Add(new Paragraph());
            }

            EndOnCommonMark(merged);
            cell.Append(merged);
        }

        return row;
    }

    /// <summary>
    /// A cell's last paragraph mark can be neither inserted nor deleted: Word, LibreOffice and pandoc keep it whatever
    /// is rejected, so Reject All would leave the new last paragraph's mark as an extra empty paragraph. When the
    /// merged cell ends on an inserted mark, that mark becomes the one both versions share, and the old version's
    /// last mark before it gives way: a matched mark is marked inserted instead (the old text then ends on the
    /// cell's mark), a deleted paragraph's runs move into the paragraph after it and its mark goes.
    /// </summary>
    private static void EndOnCommonMark(List<OpenXmlElement> content)
    {
        if (content[^1] is not Paragraph last || MarkRevision(last) is not Inserted lastMark)
        {
            return;
        }

        int index = content.Count - 2;
        while (index >= 0 && content[index] is Paragraph p && MarkRevision(p) is Inserted)
        {
            index--;
        }

        if (index >= 0 && content[index] is not Paragraph)
        {
            return;
        }

        lastMark.Remove();
        if (index < 0)
        {
            return;
        }

        var previous = (Paragraph)content[index];
        switch (MarkRevision(previous))
        {
            case Deleted:
                var next = (Paragraph)content[index + 1];
                OpenXmlElement? anchor = next.ParagraphProperties;
                foreach (var child in previous.Elements().Where(e => e is not ParagraphProperties).ToList())
                {
                    child.Remove();
                    anchor = anchor is null ? next.PrependChild(child) : anchor.InsertAfterSelf(child);
                }

                content.RemoveAt(index);
                break;
            default:
                var properties = previous.ParagraphProperties ?? previous.PrependChild(new ParagraphProperties());
                properties.ParagraphMarkRunProperties ??= new ParagraphMarkRunProperties();
                properties.ParagraphMarkRunProperties.PrependChild(lastMark);
                break;
        }
    }

    /// <summary>The revision of a paragraph's mark (w:pPr/w:rPr/w:ins or w:del), if any.</summary>
    private static OpenXmlElement? MarkRevision(Paragraph paragraph) =>
        paragraph.ParagraphProperties?.ParagraphMarkRunProperties?.ChildElements.FirstOrDefault(e => e is Inserted or Deleted);

    /// <summary>Adds a block; between two tables (a deleted one and an inserted one) an inserted empty paragraph keeps Word from joining them.</summary>
    private void Add(List<OpenXmlElement> output, OpenXmlElement element)
    {
        if (element is Table && output.Count > 0 && output[^1] is Table)
        {
            var separator = new Paragraph();
            MarkParagraph(separator, deleted: false);
            output.Add(separator);
        }

        output.Add(element);
    }

    private static OpenXmlElement Wrap(OpenXmlElement wrapper, Run run)
    {
        wrapper.Append(run);
        return wrapper;
    }

    private static bool Matches(BlockInfo a, BlockInfo b, double threshold) =>
        a.Kind == b.Kind && (a.Signature == b.Signature || a.Bag is null || a.Bag.Similarity(b.Bag!) >= threshold);

    private BlockInfo Describe(OpenXmlElement element)
    {
        switch (element)
        {
            case Paragraph paragraph:
                var tokens = ParagraphTokens.Split(paragraph, noteText);
                string properties = ParagraphKind(paragraph.ParagraphProperties);
                string text = tokens is null ? paragraph.InnerText : ParagraphTokens.Signature(tokens);
                var words = tokens?.Select(t => t.Key) ?? WordTokenizer.Split(paragraph.InnerText);
                return new BlockInfo("p" + properties, properties + "\u0003" + (tokens is null ? "!" + StripIds(paragraph.OuterXml) : text), new WordBag(words), tokens);
            case Table table:
                string style = table.GetFirstChild<TableProperties>()?.TableStyle?.Val?.Value ?? string.Empty;
                int columns = table.GetFirstChild<TableGrid>()?.Elements<GridColumn>().Count() ?? 0;
                // Tables of the same style and width always match; their rows are diffed.
                return new BlockInfo($"t{style}/{columns}", StripIds(table.OuterXml), null, null);
            default:
                return new BlockInfo("x" + element.LocalName, element.OuterXml, null, null);
        }
    }

    private static BlockInfo DescribeRow(TableRow row)
    {
        var cells = row.Elements<TableCell>().ToList();
        string kind = string.Join("|", cells.Select(c => $"{c.TableCellProperties?.GridSpan?.Val?.Value ?? 1}/{c.TableCellProperties?.VerticalMerge?.Val?.Value.ToString() ?? (c.TableCellProperties?.VerticalMerge is null ? "-" : "c")}"));
        var words = cells.SelectMany(c => c.Descendants<Paragraph>()).SelectMany(p => WordTokenizer.Split(p.InnerText));
        return new BlockInfo(kind, StripIds(row.OuterXml), new WordBag(words), null);
    }

    /// <summary>The paragraph's properties without the list instance (old and new lists have different ones).</summary>
    private static string ParagraphKind(ParagraphProperties? properties)
    {
        if (properties is null)
        {
            return string.Empty;
        }

        var copy = (ParagraphProperties)properties.CloneNode(true);
        copy.NumberingProperties?.NumberingId?.Remove();
        return copy.OuterXml;
    }

    /// <summary>XML without relationship and drawing ids, which differ between the two renderings of the same content.</summary>
    private static string StripIds(string xml) =>
        System.Text.RegularExpressions.Regex.Replace(xml, "\\b(r:id|r:embed|id)=\"(rIdX?\\d+|\\d+)\"", "$1=\"\"");

    private sealed record BlockInfo(string Kind, string Signature, WordBag? Bag, List<RunToken>? Tokens);
}
