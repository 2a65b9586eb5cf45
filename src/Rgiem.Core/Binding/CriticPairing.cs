using System.Globalization;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Markdown;
using Rgiem.Core.Model;

namespace Rgiem.Core.Binding;

/// <summary>
/// Pairs the CriticMarkup delimiters of one inline sequence (a paragraph, a cell, the text of one emphasis or link)
/// into <see cref="RevisionRun"/>s and <see cref="CommentRun"/>s. A delimiter that pairs with nothing is reported
/// (RG2050, RG2051) and kept as text; a highlight followed by a comment becomes the comment's anchor.
/// </summary>
internal static class CriticPairing
{
    private static readonly string[] DateFormats =
        ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss'Z'"];

    public static List<Inline> Pair(List<Inline> inlines, DiagnosticBag diagnostics)
    {
        if (!inlines.Exists(i => i is CriticDelimiter))
        {
            return inlines;
        }

        var output = new List<Inline>(inlines.Count);
        for (int i = 0; i < inlines.Count; i++)
        {
            if (inlines[i] is not CriticDelimiter open)
            {
                output.Add(inlines[i]);
                continue;
            }

            if (Closer(open.Token) is not { } closeToken)
            {
                // A closer or a separator with nothing open.
                if (open.Token != CriticToken.SubstituteSeparator)
                {
                    var opener = Opener(open.Token);
                    diagnostics.Add(CriticDescriptors.ClosesNothing, open.Location, open.Text, Name(opener), Text(opener), open.Text);
                }

                output.Add(new TextRun(open.Text, open.Location));
                continue;
            }

            int close = inlines.FindIndex(i + 1, x => x is CriticDelimiter d && d.Token == closeToken);
            if (close < 0)
            {
                diagnostics.Add(CriticDescriptors.Unclosed, open.Location, open.Text, Name(open.Token), Text(closeToken));
                output.Add(new TextRun(open.Text, open.Location));
                continue;
            }

            var inner = inlines.GetRange(i + 1, close - i - 1);
            output.AddRange(Make(open, inner, diagnostics));
            i = close;
        }

        return AttachHighlights(output);
    }

    private static IEnumerable<Inline> Make(CriticDelimiter open, List<Inline> inner, DiagnosticBag diagnostics)
    {
        var attribution = new Attribution(open.Author, ParseDate(open, diagnostics));
        var separators = new List<int>();
        for (int k = 0; k < inner.Count; k++)
        {
            if (inner[k] is not CriticDelimiter nested)
            {
                continue;
            }

            if (nested.Token == CriticToken.SubstituteSeparator && open.Token == CriticToken.SubstituteOpen)
            {
                separators.Add(k);
                continue;
            }

            if (Closer(nested.Token) is not null)
            {
                diagnostics.Add(CriticDescriptors.Nested, nested.Location, nested.Text, Name(open.Token));
            }

            inner[k] = new TextRun(nested.Text, nested.Location);
        }

        switch (open.Token)
        {
            case CriticToken.InsertOpen:
                return [new RevisionRun(RevisionKind.Insert, attribution, Merge(inner), open.Location)];
            case CriticToken.DeleteOpen:
                return [new RevisionRun(RevisionKind.Delete, attribution, Merge(inner), open.Location)];
            case CriticToken.CommentOpen:
                return [new CommentRun(attribution, Merge(inner), [], open.Location)];
            case CriticToken.HighlightOpen:
                return [new Highlight(Merge(inner), open.Location)];
            default:
                if (separators.Count != 1)
                {
                    diagnostics.Add(CriticDescriptors.Substitution, open.Location, separators.Count == 0 ? "none" : separators.Count.ToString(CultureInfo.InvariantCulture));
                    foreach (int k in separators)
                    {
                        inner[k] = new TextRun(((CriticDelimiter)inner[k]).Text, ((CriticDelimiter)inner[k]).Location);
                    }

                    return [new RevisionRun(RevisionKind.Insert, attribution, Merge(inner), open.Location)];
                }

                int at = separators[0];
                return
                [
                    new RevisionRun(RevisionKind.Delete, attribution, Merge(inner.GetRange(0, at)), open.Location) { Substitution = true },
                    new RevisionRun(RevisionKind.Insert, attribution, Merge(inner.GetRange(at + 1, inner.Count - at - 1)), ((CriticDelimiter)inner[at]).Location) { Substitution = true },
                ];
        }
    }

    /// <summary>A highlight followed by a comment is the comment's anchor; a highlight alone stays a highlight (a comment without text).</summary>
    private static List<Inline> AttachHighlights(List<Inline> inlines)
    {
        var output = new List<Inline>(inlines.Count);
        for (int i = 0; i < inlines.Count; i++)
        {
            if (inlines[i] is not Highlight highlight)
            {
                output.Add(inlines[i]);
            }
            else if (i + 1 < inlines.Count && inlines[i + 1] is CommentRun { Anchor.Count: 0 } comment)
            {
                output.Add(comment with { Anchor = highlight.Children, Location = highlight.Location });
                i++;
            }
            else
            {
                output.Add(new CommentRun(Attribution.None, [], highlight.Children, highlight.Location) { HighlightOnly = true });
            }
        }

        return output;
    }

    private static DateTime? ParseDate(CriticDelimiter open, DiagnosticBag diagnostics)
    {
        if (open.Date is not { } written)
        {
            return null;
        }

        if (DateTime.TryParseExact(written, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date))
        {
            return DateTime.SpecifyKind(date, DateTimeKind.Utc);
        }

        diagnostics.Add(CriticDescriptors.AttributionDate, open.Location, written);
        return null;
    }

    /// <summary>Joins the text runs the delimiters had kept apart.</summary>
    private static List<Inline> Merge(List<Inline> inlines)
    {
        var merged = new List<Inline>(inlines.Count);
        foreach (var inline in inlines)
        {
            if (inline is TextRun text && merged.Count > 0 && merged[^1] is TextRun previous
                && previous.Location is { } a && text.Location is { } b && a.Start.Line == b.Start.Line && a.Start.Character + previous.Text.Length == b.Start.Character)
            {
                merged[^1] = previous with { Text = previous.Text + text.Text };
            }
            else
            {
                merged.Add(inline);
            }
        }

        return merged;
    }

    private static CriticToken? Closer(CriticToken open) => open switch
    {
        CriticToken.InsertOpen => CriticToken.InsertClose,
        CriticToken.DeleteOpen => CriticToken.DeleteClose,
        CriticToken.SubstituteOpen => CriticToken.SubstituteClose,
        CriticToken.CommentOpen => CriticToken.CommentClose,
        CriticToken.HighlightOpen => CriticToken.HighlightClose,
        _ => null,
    };

    private static CriticToken Opener(CriticToken close) => close switch
    {
        CriticToken.InsertClose => CriticToken.InsertOpen,
        CriticToken.DeleteClose => CriticToken.DeleteOpen,
        CriticToken.SubstituteClose => CriticToken.SubstituteOpen,
        CriticToken.CommentClose => CriticToken.CommentOpen,
        _ => CriticToken.HighlightOpen,
    };

    private static string Text(CriticToken token) => token switch
    {
        CriticToken.InsertOpen => "{++",
        CriticToken.DeleteOpen => "{--",
        CriticToken.SubstituteOpen => "{~~",
        CriticToken.CommentOpen => "{>>",
        CriticToken.HighlightOpen => "{==",
        CriticToken.InsertClose => "++}",
        CriticToken.DeleteClose => "--}",
        CriticToken.SubstituteClose => "~~}",
        CriticToken.CommentClose => "<<}",
        CriticToken.HighlightClose => "==}",
        _ => "~>",
    };

    private static string Name(CriticToken open) => open switch
    {
        CriticToken.InsertOpen => "an insertion",
        CriticToken.DeleteOpen => "a deletion",
        CriticToken.SubstituteOpen => "a substitution",
        CriticToken.CommentOpen => "a comment",
        _ => "a highlight",
    };

    /// <summary>A <c>{==highlight==}</c> until it is attached to the comment after it.</summary>
    private sealed record Highlight(IReadOnlyList<Inline> Children, SourceLocation Location) : Inline;
}
