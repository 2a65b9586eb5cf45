using Rgiem.Core.Diagnostics;
using Rgiem.Core.Model;
using Rgiem.Core.Text;

namespace Rgiem.Core.Validation;

/// <summary>
/// A paragraph-sized piece of the author's prose: its plain text (emphasis removed, soft line breaks as
/// spaces) and a map from offsets in that text back to positions in the file, so that a rule matching a
/// regular expression over <see cref="Text"/> can point at the exact line and column.
/// </summary>
public sealed class ProseSegment
{
    /// <summary>The anchors, or null for a segment of one run of text, whose only anchor (at offset 0) is <see cref="single"/>.</summary>
    private readonly IReadOnlyList<(int Offset, SourceLocation At)>? anchors;
    private readonly SourceLocation? single;
    private readonly SourceLocation fallback;
    private ProseTokens? tokens;

    /// <summary>
    /// A segment of one run of text, anchored at offset 0 to <paramref name="at"/> (none when null): most segments are one run,
    /// and their anchor is kept here rather than in a list of one (two objects a segment).
    /// </summary>
    internal ProseSegment(string text, SourceLocation? at, SourceLocation fallback, ProseOrigin origin, Block? block, string? field)
    {
        Text = text;
        single = at;
        this.fallback = fallback;
        Origin = origin;
        Block = block;
        Field = field;
    }

    internal ProseSegment(string text, IReadOnlyList<(int Offset, SourceLocation At)> anchors, SourceLocation fallback, ProseOrigin origin, Block? block, string? field)
    {
        Text = text;
        this.anchors = anchors;
        this.fallback = fallback;
        Origin = origin;
        Block = block;
        Field = field;
    }

    public string Text { get; }

    public ProseOrigin Origin { get; }

    /// <summary>The block the text belongs to (null for front matter fields).</summary>
    public Block? Block { get; }

    /// <summary>The front matter key for <see cref="ProseOrigin.FrontMatter"/> text ("title", "abstract", "action").</summary>
    public string? Field { get; }

    /// <summary>The words of <see cref="Text"/> and its cheap indexes (<see cref="ProseTokens"/>), computed on first use, once.</summary>
    public ProseTokens Tokens => tokens ??= new ProseTokens(Text);

    /// <summary>The dates written in <see cref="Text"/> (<see cref="DateMentions.Find"/>), once <see cref="RecordContext.Dates"/> has found them.</summary>
    internal IReadOnlyList<DateMention>? FoundDates { get; set; }

    /// <summary>The file span of <paramref name="length"/> characters of <see cref="Text"/> from <paramref name="start"/>.</summary>
    public SourceLocation Locate(int start, int length = 0)
    {
        (int Offset, SourceLocation At)? best = null;
        if (anchors is null)
        {
            // The one anchor at offset 0, as the loop below reads a list of it.
            if (single is not null && start >= 0)
            {
                best = (0, single);
            }
        }
        else
        {
            foreach (var anchor in anchors)
            {
                if (anchor.Offset > start)
                {
                    break;
                }

                best = anchor;
            }
        }

        if (best is not { } found)
        {
            return fallback;
        }

        int column = found.At.Start.Character + (start - found.Offset);
        var begin = new LinePosition(found.At.Start.Line, column);
        return new SourceLocation(found.At.Path, begin, begin with { Character = column + Math.Max(0, length) });
    }
}
