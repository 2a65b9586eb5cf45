using System.Text;
using Rgiem.Bench.Corpus;
using Rgiem.Core.Binding;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Model;
using Rgiem.Core.Tests.Performance.Definitions;
using Rgiem.Core.Validation;
using Rgiem.Core.Validation.Rules.Readiness;
using Rgiem.Testing;

namespace Rgiem.Core.Tests.Performance;

/// <summary>
/// One walk of a record (<see cref="BodyWalk"/>, issue 21's sixth pass) gives every reader what its own iterator walks
/// gave: the blocks, footnotes, inline groups, leaves and cross-reference citations of
/// <see cref="BlockWalker.Descendants"/>, <see cref="BlockWalker.Footnotes"/>, <see cref="BlockWalker.InlineGroups"/>
/// and <see cref="BlockWalker.Leaves"/> (still in the code, the oracle); the prose segments of the former scanner
/// (<see cref="ProseScannerDefinition"/>: same texts, origins, blocks, fields and the same location for every offset);
/// the cross-references of the former <see cref="CrossReferences.Of(IReadOnlyList{Block})"/> (kept below); and RG7004 and
/// RG7030 the same diagnostics as the former rules (<see cref="LayoutWhitespaceRuleDefinition"/>,
/// <see cref="ReviewMarksRuleDefinition"/>). On the samples, 300 bench-corpus records and records mutated with the
/// syntax the walks read (footnotes and inline notes, CriticMarkup, cross-references and ids, tables, grid tables,
/// quotes, lists, spaces and tabs).
/// </summary>
public class BodyWalkEquivalenceTests
{
    private static readonly string[] Tokens =
    [
        "[^1]", "[^n2]", "^[an inline note with TSAG-TD33 and @fig:one]", "^[a note ^[nested]]", "@fig:one", "@Fig:one", "@tbl:t1", "@sec:a", "@sec:zz",
        "{#fig:one}", "{++added++}", "{--removed--}", "{~~old~>new~~}", "{>>a comment<<}", "{==high==}{>>note<<}", "{++ins [^1] **b**++}",
        "a   b", "x\t\ty", "a\u00A0\u00A0\u00A0b", "`code   span`", "**bold TSAG-TD1**", "*it  em*", "[link  TD 12](http://x.org)", "<span>html</span>",
        "\n\n> [...] quoted   TBD\n> more\n\n", "\n\n[^1]: A footnote citing TSAG-TD44 and @fig:one {++x++}.\n\n", "\n\n[^n2]: Second note [^1] with   TBD.\n\n",
        "\n\n# Heading {#sec:a}\n\n", "\n\n## 3 Clause {#sec:b}\n\n", "\n\n![Figure cap](x.png){#fig:one}\n\n",
        "\n\n| a | b |\n|---|---|\n| TSAG-TD12  x | 3   June |\n\nTable: Caption {#tbl:t1}\n\n",
        "\n\n+---+---+\n| a | b |\n+===+===+\n| x   y | - item\\\n  two |\n+---+---+\n\n", "\n\n- item TSAG-TD7\n  - sub  item\n\n  para   two\n\n",
        "\n\n1. one  [^1]\n2. two\n\n", "\n\nAction 3: do   it\n\n", "\n\nRG-IEM-1: act  now\n\n", "\n\n    code   block\n\n", "  \n", "\\\n",
        "\n", "\n\n", "> ", "- ", "|", "+", "{", "}", "[", "]", "^", "~", "@", "#", "\t", "\u00A0", "  ", "*", "`",
    ];

    [Fact]
    public void One_walk_gives_what_the_iterator_walks_gave_on_the_samples_and_the_bench_corpus()
    {
        int records = 0;
        foreach (string text in SampleRecords().Concat(CorpusRecords()))
        {
            records += AssertSame(text) ? 1 : 0;
        }

        Assert.True(records > 300, $"only {records} records bound");
    }

    [Fact]
    public void One_walk_gives_what_the_iterator_walks_gave_on_mutated_records()
    {
        var random = new Random(2161);
        var bases = SampleRecords().Concat(CorpusRecords().Where((_, i) => i % 5 == 0)).ToList();
        int records = 0;
        const int cases = 2_500;
        for (int round = 0; round < cases; round++)
        {
            string text = bases[random.Next(bases.Count)];
            for (int edits = random.Next(1, 7); edits > 0; edits--)
            {
                text = MarkdownMutation.Apply(text, random, Tokens);
            }

            records += !CitesInANote(text) && AssertSame(text) ? 1 : 0;
        }

        Assert.True(records > cases / 2, $"only {records} of {cases} records bound");
    }

    [Theory]
    [InlineData("Text[^1] and[^2] and again[^1].\n\n[^1]: One ^[inner @fig:x] [^2].\n\n[^2]: Two {++ins++} @tbl:y.\n")]
    [InlineData("> quoted [^1]\n>\n> - item   one\n\n[^1]: > deep\n  > quote ^[inline [^2]]\n\n[^2]: Two.\n")]
    [InlineData("+---+---+\n| a | b |\n+===+===+\n| x   y | - item |\n+---+---+\n\nAfter   the table {~~a~>b~~}.\n")]
    [InlineData("")]
    public void One_walk_gives_what_the_iterator_walks_gave(string body) => Assert.True(AssertSame(Records.WithBody(body)));

    /// <summary>
    /// Whether a footnote citation (<c>[^x]</c>) is written after the first footnote definition: a note may then cite
    /// itself, which the binder does not survive (a stack overflow, in main as well: left to the binding work). Such a
    /// text is left out; the notes cited in notes are exercised by the hand-written cases.
    /// </summary>
    private static bool CitesInANote(string text)
    {
        var definition = System.Text.RegularExpressions.Regex.Match(text, @"(?m)^[ \t>*+\-0-9.)]*\[\^[^\]]*\]:");
        if (!definition.Success)
        {
            return false;
        }

        string rest = System.Text.RegularExpressions.Regex.Replace(text[definition.Index..], @"(?m)^[ \t>*+\-0-9.)]*\[\^[^\]]*\]:", string.Empty);
        return rest.Contains("[^", StringComparison.Ordinal);
    }

    /// <summary>Binds <paramref name="text"/> and compares every reader of the walk with its former self; false when it does not bind.</summary>
    private static bool AssertSame(string text)
    {
        var (bound, _) = Records.Bind(text);
        if (bound is null)
        {
            return false;
        }

        var body = bound.Record.Body;
        var walk = BodyWalk.Of(body);

        // The blocks, footnotes, groups and leaves.
        var bodyBlocks = BlockWalker.Descendants(body).ToList();
        var notes = BlockWalker.Footnotes(body).ToList();
        var blocks = bodyBlocks.Concat(notes.SelectMany(n => BlockWalker.Descendants(n.Blocks))).ToList();
        Assert.Equal(bodyBlocks.Count, walk.BodyCount);
        AssertSameItems(blocks, walk.Blocks);
        AssertSameItems(notes, walk.Footnotes);
        var citations = new List<CrossReferenceRun>();
        bool marks = false;
        for (int i = 0; i < blocks.Count; i++)
        {
            var groups = BlockWalker.InlineGroups(blocks[i]).ToList();
            Assert.Equal(groups.Count, walk.GroupCount(i));
            for (int g = 0; g < groups.Count; g++)
            {
                Assert.Same(groups[g], walk.Group(i, g));
                var leaves = BlockWalker.Leaves(groups[g]).ToList();
                AssertSameItems(leaves, walk.Leaves(i, g).ToArray());
                citations.AddRange(leaves.OfType<CrossReferenceRun>());
                marks |= HoldsMarks(groups[g]);
            }
        }

        AssertSameItems(citations, walk.CrossReferenceRuns);
        Assert.True(walk.HasRevisionsOrComments || !marks, "a mark the walk did not see");

        // The prose segments.
        var expected = ProseScannerDefinition.Collect(bound);
        var actual = new RecordContext(bound, CheckOptions.Default, new DiagnosticBag()).Prose;
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Text, actual[i].Text);
            Assert.Equal(expected[i].Origin, actual[i].Origin);
            Assert.Same(expected[i].Block, actual[i].Block);
            Assert.Equal(expected[i].Field, actual[i].Field);
            for (int offset = 0; offset <= expected[i].Text.Length + 1; offset++)
            {
                Assert.Equal(expected[i].Locate(offset, 3), actual[i].Locate(offset, 3));
            }
        }

        // The cross-references.
        var before = FormerCrossReferences(body);
        var after = CrossReferences.Of(body);
        Assert.Equal(before.Targets.OrderBy(t => t.Key, StringComparer.Ordinal), after.Targets.OrderBy(t => t.Key, StringComparer.Ordinal));
        Assert.Equal(before.Duplicates, after.Duplicates);
        AssertSameItems(before.Citations, after.Citations);

        // The rules that read the walk: the same diagnostics as their former selves, in the same order.
        AssertSameDiagnostics(bound, new LayoutWhitespaceRuleDefinition(), new LayoutWhitespaceRule());
        AssertSameDiagnostics(bound, new ReviewMarksRuleDefinition(), new ReviewMarksRule());
        return true;
    }

    private static void AssertSameDiagnostics(BoundRecord bound, IRecordRule former, IRecordRule rule)
    {
        var expected = new DiagnosticBag();
        var actual = new DiagnosticBag();
        RuleSet.Analyze(bound, CheckOptions.Default, expected, null, [former]);
        RuleSet.Analyze(bound, CheckOptions.Default, actual, null, [rule]);
        Assert.Equal(Describe(expected), Describe(actual));
    }

    private static List<string> Describe(DiagnosticBag bag) => EquivalenceInputs.DiagnosticLines(bag);

    private static void AssertSameItems<T>(IReadOnlyList<T> expected, IReadOnlyList<T> actual)
        where T : class
    {
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.Same(expected[i], actual[i]);
        }
    }

    /// <summary>Whether a tracked change or a comment is reachable the way RG7030 walks the inlines.</summary>
    private static bool HoldsMarks(IReadOnlyList<Inline> inlines) => inlines.Any(inline => inline switch
    {
        RevisionRun or CommentRun => true,
        StyledRun styled => HoldsMarks(styled.Children),
        LinkRun link => HoldsMarks(link.Children),
        _ => false,
    });

    /// <summary>The former <see cref="CrossReferences.Of(IReadOnlyList{Block})"/>: its iterator walks, as they were.</summary>
    private static (Dictionary<string, CrossReferenceTarget> Targets, List<CrossReferenceTarget> Duplicates, List<CrossReferenceRun> Citations) FormerCrossReferences(IReadOnlyList<Block> body)
    {
        var targets = new Dictionary<string, CrossReferenceTarget>(StringComparer.Ordinal);
        var duplicates = new List<CrossReferenceTarget>();
        var citations = new List<CrossReferenceRun>();
        var blocks = BlockWalker.Descendants(body).Concat(BlockWalker.Footnotes(body).SelectMany(n => BlockWalker.Descendants(n.Blocks)));
        foreach (var block in blocks)
        {
            if (CrossReferences.Target(block) is { } target && !targets.TryAdd(target.Id, target))
            {
                duplicates.Add(target);
            }

            foreach (var group in BlockWalker.InlineGroups(block))
            {
                citations.AddRange(BlockWalker.Leaves(group).OfType<CrossReferenceRun>());
            }
        }

        return (targets, duplicates, citations);
    }

    /// <summary>Every sample record, as written.</summary>
    private static IEnumerable<string> SampleRecords() => EquivalenceInputs.SampleRecords();

    /// <summary>150 records of each shape of the bench corpus.</summary>
    private static IEnumerable<string> CorpusRecords() => EquivalenceInputs.CorpusRecords(2024, 150);
}
