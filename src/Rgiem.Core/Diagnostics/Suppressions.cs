using System.Text.RegularExpressions;
using Rgiem.Core.Text;

namespace Rgiem.Core.Diagnostics;

/// <summary>
/// Inline suppressions in a record's Markdown, as markdownlint writes them: <c>&lt;!-- rgiem-disable-next-line
/// RG7001 --&gt;</c> hides the diagnostics of the next line; <c>&lt;!-- rgiem-disable RG7001 --&gt;</c> …
/// <c>&lt;!-- rgiem-enable RG7001 --&gt;</c> those of the lines between (to the end of the file without an
/// enable). Without IDs a comment applies to every rule. Only configurable diagnostics can be suppressed. A
/// suppression that hides nothing is reported (RG0070), and so is an ID that is not a rule (RG0071). Comments
/// inside fenced code blocks are text, not suppressions.
/// </summary>
public sealed partial class Suppressions
{
    private readonly List<Directive> directives;
    private readonly List<Diagnostic> problems;

    private Suppressions(List<Directive> directives, List<Diagnostic> problems)
    {
        this.directives = directives;
        this.problems = problems;
    }

    public bool IsEmpty => directives.Count == 0 && problems.Count == 0;

    /// <summary>Finds the suppression comments of <paramref name="source"/>.</summary>
    public static Suppressions Parse(SourceText source)
    {
        var directives = new List<Directive>();
        var problems = new List<Diagnostic>();
        if (!source.Text.Contains("rgiem-", StringComparison.Ordinal))
        {
            return new Suppressions(directives, problems);
        }

        var open = new List<Directive>();
        string? fence = null;
        for (int line = 0; line < source.LineCount; line++)
        {
            string text = source.GetLineText(line);
            string trimmed = text.TrimStart();
            if (fence is not null)
            {
                if (trimmed.StartsWith(fence, StringComparison.Ordinal))
                {
                    fence = null;
                }

                continue;
            }

            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                fence = trimmed[..3];
                continue;
            }

            foreach (Match match in Comment().Matches(text))
            {
                var location = SourceLocation.At(source.Path, line, match.Index, match.Length);
                var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                foreach (Capture capture in match.Groups["id"].Captures)
                {
                    if (DiagnosticCatalog.Find(capture.Value) is { } descriptor)
                    {
                        ids.Add(descriptor.Id);
                    }
                    else
                    {
                        problems.Add(Diagnostic.Create(SuppressionDescriptors.UnknownRule, SourceLocation.At(source.Path, line, capture.Index, capture.Length), capture.Value, Suggestions.DidYouMean(capture.Value, DiagnosticCatalog.All.Select(d => d.Id))));
                    }
                }

                if (match.Groups["id"].Captures.Count > 0 && ids.Count == 0)
                {
                    continue;
                }

                string kind = match.Groups["kind"].Value;
                switch (kind)
                {
                    case "disable-next-line":
                        directives.Add(new Directive("rgiem-" + kind, ids, line + 1, line + 1, location));
                        break;
                    case "disable":
                        var block = new Directive("rgiem-" + kind, ids, line, int.MaxValue, location);
                        directives.Add(block);
                        open.Add(block);
                        break;
                    default:
                        foreach (var directive in open.Where(d => ids.Count == 0 || d.Ids.Count == 0 || d.Ids.Overlaps(ids)).ToList())
                        {
                            directive.ToLine = line;
                            open.Remove(directive);
                        }

                        break;
                }
            }
        }

        return new Suppressions(directives, problems);
    }

    /// <summary>
    /// The diagnostics of the record at <paramref name="path"/> without the suppressed ones, followed by a
    /// diagnostic for every suppression that hid nothing and every unknown ID.
    /// </summary>
    /// <param name="switchedOff">
    /// Whether an ID is switched off (<c>rules: {RG7001: none}</c>): its rule may not have run, so a suppression that
    /// names only such IDs is not reported as unused.
    /// </param>
    public IReadOnlyList<Diagnostic> Apply(IReadOnlyList<Diagnostic> diagnostics, string path, Func<string, bool>? switchedOff = null)
    {
        if (IsEmpty)
        {
            return diagnostics;
        }

        var kept = new List<Diagnostic>(diagnostics.Count);
        var used = new HashSet<Directive>();
        foreach (var diagnostic in diagnostics)
        {
            var hiding = diagnostic.Descriptor.Configurable && diagnostic.Location.Path == path
                ? directives.Where(d => d.Hides(diagnostic)).ToList()
                : [];
            if (hiding.Count == 0)
            {
                kept.Add(diagnostic);
            }

            used.UnionWith(hiding);
        }

        kept.AddRange(problems);
        foreach (var directive in directives.Where(d => !used.Contains(d) && !(switchedOff is not null && d.Ids.Count > 0 && d.Ids.All(switchedOff))))
        {
            kept.Add(Diagnostic.Create(SuppressionDescriptors.Unused, directive.Location, directive.Kind, directive.Ids.Count == 0 ? "diagnostic" : string.Join(" or ", directive.Ids.Order(StringComparer.Ordinal))));
        }

        return kept;
    }

    [GeneratedRegex(@"<!--\s*rgiem-(?<kind>disable-next-line|disable|enable)(?:[\s,]+(?<id>[A-Za-z]+[0-9]+))*[\s,]*-->", RegexOptions.CultureInvariant)]
    private static partial Regex Comment();

    /// <summary>One suppression comment: the rules it names (none: all) and the lines it covers (zero-based, inclusive).</summary>
    private sealed class Directive(string kind, HashSet<string> ids, int fromLine, int toLine, SourceLocation location)
    {
        public string Kind { get; } = kind;

        public HashSet<string> Ids { get; } = ids;

        public int FromLine { get; } = fromLine;

        public int ToLine { get; set; } = toLine;

        public SourceLocation Location { get; } = location;

        public bool Hides(Diagnostic diagnostic) =>
            diagnostic.Location.Start.Line >= FromLine && diagnostic.Location.Start.Line <= ToLine
            && (Ids.Count == 0 || Ids.Contains(diagnostic.Id))
            && diagnostic.Descriptor != SuppressionDescriptors.Unused && diagnostic.Descriptor != SuppressionDescriptors.UnknownRule;
    }
}
