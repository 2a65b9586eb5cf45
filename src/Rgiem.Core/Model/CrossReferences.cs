namespace Rgiem.Core.Model;

/// <summary>
/// The cross-reference ids of a body: the figures, captioned tables and headings that carry one, the first of each id
/// (a later one with the same id is a duplicate, RG2042), and every citation (<see cref="CrossReferenceRun"/>) of the
/// body and of its footnotes, in reading order.
/// </summary>
public sealed class CrossReferences
{
    private readonly Dictionary<string, CrossReferenceTarget> targets = new(StringComparer.Ordinal);
    private readonly List<CrossReferenceTarget> duplicates = [];
    private readonly List<CrossReferenceRun> citations = [];

    private CrossReferences()
    {
    }

    /// <summary>The first target of each id.</summary>
    public IReadOnlyDictionary<string, CrossReferenceTarget> Targets => targets;

    /// <summary>The targets whose id an earlier target already has, in document order.</summary>
    public IReadOnlyList<CrossReferenceTarget> Duplicates => duplicates;

    /// <summary>Every citation, in reading order (those in footnotes after the text that cites the note).</summary>
    public IReadOnlyList<CrossReferenceRun> Citations => citations;

    public static CrossReferences Of(IReadOnlyList<Block> body) => Of(BodyWalk.Of(body));

    /// <summary>The index of a body already walked (<see cref="BodyWalk"/>: its blocks and its footnotes' blocks, their citations).</summary>
    public static CrossReferences Of(BodyWalk walk)
    {
        var index = new CrossReferences();
        var blocks = walk.Blocks;
        for (int i = 0; i < blocks.Count; i++)
        {
            if (Target(blocks[i]) is { } target && !index.targets.TryAdd(target.Id, target))
            {
                index.duplicates.Add(target);
            }
        }

        index.citations.AddRange(walk.CrossReferenceRuns);
        return index;
    }

    /// <summary>The target a block is, when it has an id.</summary>
    public static CrossReferenceTarget? Target(Block block) => block switch
    {
        FigureBlock { Id: { } id } figure => new(id, CrossReferenceKind.Figure, "Figure " + figure.Number, figure.Location),
        TableBlock { Id: { } id, Number: { } number } table => new(id, CrossReferenceKind.Table, "Table " + number, table.CaptionLocation ?? table.Location),
        StatisticsDirectiveBlock { Id: { } id, Number: { } number } statistics => new(id, CrossReferenceKind.Table, "Table " + number, statistics.CaptionLocation ?? statistics.Location),
        HeadingBlock { Id: { } id, Kind: HeadingKind.Annex } annex => new(id, CrossReferenceKind.Annex, "Annex " + annex.Number, annex.Location),
        HeadingBlock { Id: { } id, Kind: HeadingKind.Clause, Number: { } number } clause => new(id, CrossReferenceKind.Clause, number, clause.Location),
        HeadingBlock { Id: { } id } heading => new(id, CrossReferenceKind.Heading, BlockWalker.PlainText(heading.Title).Trim(), heading.Location),
        _ => null,
    };
}
