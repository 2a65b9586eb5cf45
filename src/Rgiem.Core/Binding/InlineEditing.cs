using Rgiem.Core.Diagnostics;
using Rgiem.Core.Model;
using Rgiem.Core.Text;

namespace Rgiem.Core.Binding;

/// <summary>Removes a written label (a clause number, <c>RG-IEM-5:</c>) from the start of an inline sequence.</summary>
internal static class InlineEditing
{
    /// <summary>Drops the first <paramref name="count"/> characters of plain text, descending into emphasis and links.</summary>
    public static IReadOnlyList<Inline> RemovePrefix(IReadOnlyList<Inline> inlines, int count)
    {
        var result = new List<Inline>(inlines.Count);
        int remaining = count;
        foreach (var inline in inlines)
        {
            if (remaining <= 0)
            {
                result.Add(inline);
                continue;
            }

            switch (inline)
            {
                case TextRun text when text.Text.Length <= remaining:
                    remaining -= text.Text.Length;
                    break;
                case TextRun text:
                    result.Add(new TextRun(text.Text[remaining..], Shift(text.Location, remaining)));
                    remaining = 0;
                    break;
                case CodeRun code when code.Text.Length <= remaining:
                    remaining -= code.Text.Length;
                    break;
                case StyledRun styled:
                {
                    int length = PlainText(styled.Children).Length;
                    if (length <= remaining)
                    {
                        remaining -= length;
                    }
                    else
                    {
                        result.Add(styled with { Children = RemovePrefix(styled.Children, remaining) });
                        remaining = 0;
                    }

                    break;
                }

                default:
                    result.Add(inline);
                    remaining = 0;
                    break;
            }
        }

        return result;
    }

    /// <summary>Removes a trailing marker such as <c>{-}</c> from the end of the last text run.</summary>
    public static IReadOnlyList<Inline> RemoveSuffix(IReadOnlyList<Inline> inlines, int count)
    {
        if (inlines.Count == 0 || inlines[^1] is not TextRun last || last.Text.Length < count)
        {
            return inlines;
        }

        var result = inlines.Take(inlines.Count - 1).ToList();
        string text = last.Text[..^count].TrimEnd();
        if (text.Length > 0)
        {
            result.Add(last with { Text = text });
        }
        else if (result.Count > 0 && result[^1] is TextRun previous)
        {
            result[^1] = previous with { Text = previous.Text.TrimEnd() };
        }

        return result;
    }

    /// <summary>Trims white space at the start of the sequence.</summary>
    public static IReadOnlyList<Inline> TrimStart(IReadOnlyList<Inline> inlines)
    {
        if (inlines.Count > 0 && inlines[0] is TextRun { Text: [not (' ' or '\t' or '\u00A0'), ..] })
        {
            // The plain text starts with this run's first character, which is not a blank: nothing to trim.
            return inlines;
        }

        string plain = PlainText(inlines);
        int leading = plain.Length - plain.AsSpan().TrimStart(" \t\u00A0").Length;
        return leading == 0 ? inlines : RemovePrefix(inlines, leading);
    }

    /// <summary>
    /// <see cref="TrimStart"/> of <see cref="RemovePrefix"/>: for a lone text run (a heading's title) the blanks after the
    /// prefix are counted in its text and cut with the prefix, so the run is cut once, not twice (issue 21;
    /// <c>BindingAllocationEquivalenceTests</c> holds it to the two steps).
    /// </summary>
    public static IReadOnlyList<Inline> RemovePrefixAndTrimStart(IReadOnlyList<Inline> inlines, int count)
    {
        if (inlines is not [TextRun only] || count < 0)
        {
            return TrimStart(RemovePrefix(inlines, count));
        }

        var rest = only.Text.AsSpan(Math.Min(count, only.Text.Length));
        return RemovePrefix(inlines, count + rest.Length - rest.TrimStart(" \t\u00A0").Length);
    }

    /// <summary>
    /// <see cref="BlockWalker.PlainText"/>, without a walk or a builder for the common case of one text run (a heading,
    /// an action paragraph): its text is the plain text.
    /// </summary>
    public static string PlainText(IReadOnlyList<Inline> inlines) => inlines switch
    {
        [] => string.Empty,
        [TextRun only] => only.Text,
        _ => BlockWalker.PlainText(inlines),
    };

    private static SourceLocation? Shift(SourceLocation? location, int by) =>
        location is null ? null : location with
        {
            Start = new LinePosition(location.Start.Line, location.Start.Character + by),
        };
}
