using Rgiem.Core.Diagnostics;
using Rgiem.Core.Markdown;
using Rgiem.Core.Model;

namespace Rgiem.Core.Binding;

/// <summary>Grid tables: the layout of the drawing, then each cell's text bound as Markdown with its own positions.</summary>
internal sealed partial class BodyBinder
{
    /// <summary>The table, or null after reporting RG2055–RG2057 for a broken drawing.</summary>
    private TableBlock? BindGridTable(GridTableBlock grid, SourceLocation location)
    {
        var layout = GridTableLayout.Read(grid.TableLines, out var problem);
        if (layout is null)
        {
            var descriptor = problem!.Kind switch
            {
                GridTableProblemKind.Line => GridTableDescriptors.Line,
                GridTableProblemKind.Cell => GridTableDescriptors.Cell,
                _ => GridTableDescriptors.Header,
            };
            diagnostics.Add(descriptor, map(grid.Line + problem.Line, grid.Column + problem.Column, 1), problem.Message);
            return null;
        }

        int bands = layout.Cells.Count == 0 ? 0 : layout.Cells.Max(c => c.Row + c.RowSpan);
        var grid2 = new TableCell?[bands, layout.Columns];
        foreach (var cell in layout.Cells)
        {
            for (int r = cell.Row; r < cell.Row + cell.RowSpan; r++)
            {
                for (int c = cell.Column; c < cell.Column + cell.ColumnSpan; c++)
                {
                    grid2[r, c] = Model.TableCell.Covered;
                }
            }

            grid2[cell.Row, cell.Column] = BindGridCell(grid, cell) with { RowSpan = cell.RowSpan, ColumnSpan = cell.ColumnSpan };
        }

        var rows = new List<Model.TableRow>(bands);
        for (int r = 0; r < bands; r++)
        {
            var cells = new List<Model.TableCell>(layout.Columns);
            for (int c = 0; c < layout.Columns; c++)
            {
                cells.Add(grid2[r, c] ?? Model.TableCell.Covered);
            }

            rows.Add(new Model.TableRow(cells, r < layout.HeaderRows));
        }

        return new TableBlock(layout.Alignments, rows, location);
    }

    /// <summary>A cell of one paragraph keeps its inlines; one of several paragraphs or a list keeps its blocks.</summary>
    private Model.TableCell BindGridCell(GridTableBlock grid, GridCell cell)
    {
        if (cell.Text.Length == 0)
        {
            return new Model.TableCell([]);
        }

        int firstLine = grid.Line + cell.TextLine;
        int firstColumn = grid.Column + cell.TextColumn;
        var outer = map;
        var document = MarkdownParser.Parse(cell.Text, outer(firstLine, firstColumn, 0).Path, diagnostics, firstLine);
        if (document is null)
        {
            return new Model.TableCell([]);
        }

        var (savedMap, savedSpans) = (map, spans);
        map = (line, column, length) => outer(line + firstLine, column + firstColumn, length);
        spans = null;
        try
        {
            var blocks = BindBlocks(document, topLevel: false);
            return blocks is [Model.ParagraphBlock { Kind: ParagraphKind.Normal } paragraph]
                ? new Model.TableCell(paragraph.Inlines)
                : new Model.TableCell([]) { Blocks = blocks };
        }
        finally
        {
            map = savedMap;
            spans = savedSpans;
        }
    }
}
