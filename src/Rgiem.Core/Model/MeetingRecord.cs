namespace Rgiem.Core.Model;

/// <summary>
/// A bound meeting record: the plain data the renderer sees. <see cref="Path"/> is the display path
/// of the Markdown file.
/// </summary>
public sealed record MeetingRecord(string Path, RecordMetadata Metadata, IReadOnlyList<Block> Body)
{
    /// <summary>Every action item of the body, in document order (clause 0 included).</summary>
    public IReadOnlyList<ActionBlock> Actions { get; } = BlockWalker.Descendants(Body).OfType<ActionBlock>().ToList();

    /// <summary>Every heading, in document order.</summary>
    public IReadOnlyList<HeadingBlock> Headings { get; } = Body.OfType<HeadingBlock>().ToList();
}
