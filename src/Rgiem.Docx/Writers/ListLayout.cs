using System.Globalization;
using Rgiem.Core.Model;
using Rgiem.Docx.HouseStyle;

namespace Rgiem.Docx.Writers;

/// <summary>
/// How a list is laid out, decided once from the model for both body writers (<see cref="BodyWriter"/> builds elements,
/// <see cref="DirectBodyWriter"/> writes XML; only the output differs): the level, the list's numbering and which
/// paragraph of an item carries its number, or an ITU list's style and marks. The steps are made as they are enumerated;
/// a numbered list takes its numbering instance before its first step, as it always did.
/// </summary>
internal static class ListLayout
{
    /// <summary>The steps of <paramref name="list"/> in <paramref name="context"/>.</summary>
    public static IEnumerable<ListStep> Steps(ListBlock list, BlockContext context, ListNumbering numbering) =>
        list.Style == ListStyle.Default ? Numbered(list, context, numbering) : Itu(list, context);

    /// <summary>
    /// A bulleted or numbered list through the numbering part: the first paragraph of an item carries its number; an
    /// item that starts with a nested list or a table still shows its bullet, on an empty paragraph of its own; the
    /// item's later blocks are indented like its text.
    /// </summary>
    private static IEnumerable<ListStep> Numbered(ListBlock list, BlockContext context, ListNumbering numbering)
    {
        int level = Math.Min(context.ListLevel + 1, ListNumbering.MaxLevel);
        int numId = list.Ordered ? numbering.NewOrderedList(level, list.Start) : numbering.BulletNumId;
        var numbered = context with { ListLevel = level, NumberingId = numId };
        var continued = context with { ListLevel = level, NumberingId = null };
        foreach (var item in list.Items)
        {
            bool firstIsText = item.Blocks.Count > 0 && IsText(item.Blocks[0]);
            if (!firstIsText)
            {
                yield return new ListStep(null, numbered);
            }

            for (int i = 0; i < item.Blocks.Count; i++)
            {
                yield return new ListStep(item.Blocks[i], i == 0 && firstIsText ? numbered : continued);
            }
        }
    }

    /// <summary>
    /// An ITU list, as TSB writes it: each item a paragraph in <c>enumlev1</c> (<c>enumlev2</c> nested) that starts with
    /// its mark as text and a tab to the hanging indent: "–" for a dash list, "1)" (nested "a)") for a numbered one. An
    /// item's later paragraphs start with the tab alone; an item that starts with anything else (a nested list) still
    /// shows its mark, on a paragraph of its own.
    /// </summary>
    private static IEnumerable<ListStep> Itu(ListBlock list, BlockContext context)
    {
        int level = context.EnumLevel + 1;
        string style = level == 0 ? StyleIds.Enumlev1 : StyleIds.Enumlev2;
        var itemContext = context with { EnumLevel = level, ListLevel = -1, NumberingId = null };
        for (int k = 0; k < list.Items.Count; k++)
        {
            var item = list.Items[k];
            string mark = list.Style == ListStyle.Dash ? "\u2013" : ItuNumber(list.Start + k, level) + ")";
            for (int i = 0; i < item.Blocks.Count; i++)
            {
                var block = item.Blocks[i];
                if (IsText(block))
                {
                    yield return new ListStep(block, itemContext, style, (i == 0 ? mark : string.Empty) + "\t");
                    continue;
                }

                if (i == 0)
                {
                    yield return new ListStep(null, itemContext, style, mark + "\t");
                }

                yield return new ListStep(block, itemContext);
            }
        }
    }

    /// <summary>"3" at the first level, "c" below it (aa, ab… after z).</summary>
    internal static string ItuNumber(int n, int level)
    {
        if (level == 0)
        {
            return n.ToString(CultureInfo.InvariantCulture);
        }

        var letters = new System.Text.StringBuilder();
        for (n = Math.Max(n, 1); n > 0; n = (n - 1) / 26)
        {
            letters.Insert(0, (char)('a' + ((n - 1) % 26)));
        }

        return letters.ToString();
    }

    /// <summary>A block whose text an item's first paragraph holds: a paragraph or an action.</summary>
    private static bool IsText(Block block) => block is ParagraphBlock or ActionBlock;
}
