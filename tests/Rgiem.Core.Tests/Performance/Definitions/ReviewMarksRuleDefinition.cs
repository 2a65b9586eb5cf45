using System.Buffers;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Model;
using Rgiem.Core.Validation;
using Rgiem.Core.Validation.Rules.Readiness;

namespace Rgiem.Core.Tests.Performance.Definitions;

/// <summary>
/// The RG7030 rule as it was before issue 21's sixth pass (one walk a record), kept unchanged as the oracle of
/// <c>BodyWalkEquivalenceTests</c>. RG7030: review marks not yet resolved: CriticMarkup in the body (changes and comments, the included files' too) and
/// in the front matter (<c>title: "{~~old~&gt;new~~}"</c>, read from its lines, so a mark in any value is found),
/// the <c>action</c> field's too), and a <c># rgiem-edit:</c> comment left by an earlier <c>rgiem import --edits</c>. A warning while drafting, an
/// error with <c>--final</c>, so that a group can fail CI on a record not yet cleaned for submission.
/// </summary>
internal sealed class ReviewMarksRuleDefinition : IRecordRule
{
    private const string EditComment = "# rgiem-edit:";
    private static readonly string[] Openers = ["{++", "{--", "{~~", "{>>", "{=="];

    /// <summary>What the front matter must hold for a mark to be reported in it: an opener or the edit comment (one search).</summary>
    private static readonly SearchValues<string> FrontMatterMarks = SearchValues.Create([.. Openers, EditComment], StringComparison.Ordinal);

    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [ReadinessDescriptors.ReviewMarks];

    public void Analyze(RecordContext context)
    {
        FrontMatter(context);
        var seen = new HashSet<(string, int, int)>();
        var blocks = BlockWalker.Descendants(context.Record.Body)
            .Concat(BlockWalker.Footnotes(context.Record.Body).SelectMany(n => BlockWalker.Descendants(n.Blocks)));
        foreach (var block in blocks)
        {
            foreach (var group in BlockWalker.InlineGroups(block))
            {
                Walk(context, group, seen, 0);
            }
        }
    }

    private static void Walk(RecordContext context, IEnumerable<Inline> inlines, HashSet<(string, int, int)> seen, int depth)
    {
        if (depth > 64)
        {
            return;
        }

        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case RevisionRun revision:
                    if (revision.Location is { } at && !(revision.Substitution && revision.Kind == RevisionKind.Insert) && seen.Add((at.Path, at.Start.Line, at.Start.Character)))
                    {
                        string what = revision.Substitution ? "A tracked substitution" : revision.Kind == RevisionKind.Insert ? "A tracked insertion" : "A tracked deletion";
                        Report(context, at, what);
                    }

                    Walk(context, revision.Children, seen, depth + 1);
                    break;
                case CommentRun comment:
                    if (comment.Location is { } where && seen.Add((where.Path, where.Start.Line, where.Start.Character)))
                    {
                        Report(context, where, comment.HighlightOnly ? "A highlight" : "A comment");
                    }

                    Walk(context, comment.Anchor, seen, depth + 1);
                    break;
                case StyledRun styled:
                    Walk(context, styled.Children, seen, depth + 1);
                    break;
                case LinkRun link:
                    Walk(context, link.Children, seen, depth + 1);
                    break;
            }
        }
    }

    /// <summary>The marks of the front matter, from its lines: the opening delimiters and the <c># rgiem-edit:</c> comments.</summary>
    private static void FrontMatter(RecordContext context)
    {
        var section = context.Bound.Section;
        if (section.Yaml.Length == 0 || section.Yaml.AsSpan().IndexOfAny(FrontMatterMarks) < 0)
        {
            return;
        }

        var lines = section.Yaml.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            int line0 = section.YamlFirstLine + i;
            string trimmed = line.TrimStart();
            if (trimmed.StartsWith(EditComment, StringComparison.Ordinal))
            {
                int column = line.Length - trimmed.Length;
                ReadinessReporting.Report(context, ReadinessDescriptors.ReviewMarks, SourceLocation.At(context.Path, line0, column, trimmed.TrimEnd().Length), "A '# rgiem-edit:' comment", Snippet(trimmed));
                continue;
            }

            if (trimmed.StartsWith('#'))
            {
                continue;
            }

            for (int at = line.IndexOf('{', StringComparison.Ordinal); at >= 0; at = line.IndexOf('{', at + 1))
            {
                int kind = Array.FindIndex(Openers, o => string.CompareOrdinal(line, at, o, 0, 3) == 0);
                if (kind < 0)
                {
                    continue;
                }

                string what = kind switch { 0 => "A tracked insertion", 1 => "A tracked deletion", 2 => "A tracked substitution", 3 => "A comment", _ => "A highlighted comment" };
                ReadinessReporting.Report(context, ReadinessDescriptors.ReviewMarks, SourceLocation.At(context.Path, line0, at, 3), what, Snippet(line[at..]));
                if (kind == 4 && line.IndexOf("==}{>>", at, StringComparison.Ordinal) is int joined and >= 0)
                {
                    at = joined + 3; // the comment of a highlight is the same mark
                }
            }
        }
    }

    private static void Report(RecordContext context, SourceLocation at, string what)
    {
        string snippet = string.Empty;
        if (context.SourceOf(at.Path) is { } source && at.Start.Line < source.LineCount)
        {
            string line = source.GetLineText(at.Start.Line);
            snippet = at.Start.Character < line.Length ? Snippet(line[at.Start.Character..]) : string.Empty;
        }

        ReadinessReporting.Report(context, ReadinessDescriptors.ReviewMarks, at with { End = at.Start with { Character = at.Start.Character + 3 } }, what, snippet);
    }

    private static string Snippet(string text)
    {
        string line = text.Trim();
        return line.Length > 40 ? line[..40] + "…" : line;
    }
}
