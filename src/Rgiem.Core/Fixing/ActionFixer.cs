using System.Globalization;
using Rgiem.Core.Binding;
using Rgiem.Core.Model;
using Rgiem.Core.Text;
using Rgiem.Core.Validation.Rules;

namespace Rgiem.Core.Fixing;

/// <summary>
/// <c>rgiem check --fix</c> for actions: renumbers the body's action items 1..N in order of appearance
/// (each style separately) and, where clause 0 lists the actions, rewrites that list from the body —
/// same items, same order, same text. Everything else in the file is left byte for byte as it was.
/// </summary>
public static class ActionFixer
{
    public static FixResult? Fix(BoundRecord bound)
    {
        var source = bound.Source;
        string? prefix = bound.Record.Metadata.EffectiveActionPrefix;
        var own = bound.Record.Actions.Where(a => ActionNumberingRule.IsOwn(a, prefix) && a.Location.Path == source.Path).ToList();
        var body = own.Where(a => !a.InSummary).ToList();
        var summary = own.Where(a => a.InSummary).ToList();
        var edits = new List<TextEdit>();
        var changes = new List<string>();

        // New labels, in order of appearance, per style: the body's items, or clause 0's when the body repeats none.
        var numbered = body.Count > 0 ? body : summary;
        var labels = new Dictionary<ActionBlock, string>(ReferenceEqualityComparer.Instance);
        foreach (var style in new[] { ActionStyle.Prefixed, ActionStyle.Numbered })
        {
            int next = 1;
            foreach (var action in numbered.Where(a => a.Style == style))
            {
                labels[action] = (style == ActionStyle.Prefixed ? $"{prefix}-{next}" : $"Action {next}") + ":";
                next++;
            }
        }

        foreach (var action in numbered)
        {
            string label = labels[action];
            var (start, end) = Offsets(source, action.LabelLocation);
            if (!string.Equals(source.Text[start..end], label, StringComparison.Ordinal))
            {
                edits.Add(new TextEdit(start, end - start, label));
                changes.Add(string.Create(CultureInfo.InvariantCulture, $"line {action.LabelLocation.Start.Line + 1}: {action.Label} renumbered {label}"));
            }
        }

        if (summary.Count > 0 && body.Count > 0)
        {
            // Clause 0 keeps its form: paragraphs separated by a blank line, or list items with their marker.
            string marker = LeadingMarker(source, summary[0]);
            string separator = marker.Length > 0 ? "\n" + marker : "\n\n";
            string rewritten = string.Join(separator, body.Select(a => ParagraphWithLabel(source, a, labels[a])));
            string current = string.Join(separator, summary.Select(a => ParagraphWithLabel(source, a, null)));
            if (!string.Equals(rewritten, current, StringComparison.Ordinal))
            {
                var (firstStart, firstEnd) = Offsets(source, summary[0].Location);
                edits.Add(new TextEdit(firstStart, firstEnd - firstStart, rewritten));
                foreach (var extra in summary.Skip(1))
                {
                    // Remove the whole item: from the end of the text before it to the end of its paragraph.
                    int lineStart = source.GetOffset(new LinePosition(extra.Location.Start.Line, 0));
                    var (_, end) = Offsets(source, extra.Location);
                    int start = TrimBlankLinesBefore(source.Text, lineStart);
                    edits.Add(new TextEdit(start, end - start, string.Empty));
                }

                changes.Add(string.Create(CultureInfo.InvariantCulture, $"line {summary[0].Location.Start.Line + 1}: clause 0 rewritten from the body ({body.Count} action(s))"));
            }
        }

        if (edits.Count == 0)
        {
            return null;
        }

        return new FixResult(TextEdits.Apply(source.Text, edits), changes);
    }

    /// <summary>The paragraph of an action on one line, with its label replaced when <paramref name="label"/> is given.</summary>
    private static string ParagraphWithLabel(SourceText source, ActionBlock action, string? label)
    {
        var (start, end) = Offsets(source, action.Location);
        string text = source.Text[start..end];
        if (label is not null)
        {
            var (labelStart, labelEnd) = Offsets(source, action.LabelLocation);
            if (labelStart >= start && labelEnd <= end)
            {
                text = string.Concat(text.AsSpan(0, labelStart - start), label, text.AsSpan(labelEnd - start));
            }
        }

        return string.Join(' ', text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
    }

    /// <summary>What precedes the action on its line: a list marker ("- ", "1. ") or nothing.</summary>
    private static string LeadingMarker(SourceText source, ActionBlock action)
    {
        string line = source.GetLineText(action.Location.Start.Line);
        string before = line[..Math.Min(action.Location.Start.Character, line.Length)];
        return before.Trim().Length > 0 ? before : string.Empty;
    }

    private static (int Start, int End) Offsets(SourceText source, Diagnostics.SourceLocation location)
    {
        int start = source.GetOffset(location.Start);
        int end = Math.Max(start, source.GetOffset(location.End));
        while (end > start && source.Text[end - 1] == '\n')
        {
            end--;
        }

        return (start, end);
    }

    private static int TrimBlankLinesBefore(string text, int start)
    {
        int position = start;
        while (position > 0 && text[position - 1] is ' ' or '\t' or '\n')
        {
            position--;
        }

        return position;
    }
}
