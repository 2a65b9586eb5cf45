using Rgiem.Core.Diagnostics;
using Rgiem.Core.Model;
using Rgiem.Core.Text;

namespace Rgiem.Core.Validation.Rules;

/// <summary>
/// Action items use the record's prefix (RG3001; another group's action forwarded by the record is not reported,
/// <see cref="IsForwarded"/>), are numbered 1..N in order of appearance without gaps
/// (RG3002) or duplicates (RG3003) — the body's items, or the clause-0 list when the body repeats none —
/// and one record uses one style (RG3008).
/// </summary>
public sealed class ActionNumberingRule : IRecordRule
{
    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } =
    [
        ActionDescriptors.ForeignPrefix, ActionDescriptors.NumberGap, ActionDescriptors.NumberDuplicate, ActionDescriptors.MixedStyles,
    ];

    public void Analyze(RecordContext context)
    {
        // One pass over the actions instead of the LINQ queries it replaced (the same reports, in the same order): the
        // foreign prefixes are reported as met, the record's own actions kept for the rest.
        var actions = context.Record.Actions;
        string? prefix = context.Record.Metadata.EffectiveActionPrefix;
        var own = new List<ActionBlock>(actions.Count);
        ActionBlock? prefixed = null;
        ActionBlock? numbered = null;
        foreach (var action in actions)
        {
            if (IsOwn(action, prefix))
            {
                own.Add(action);
                if (action.Style == ActionStyle.Prefixed)
                {
                    prefixed ??= action;
                }
                else
                {
                    numbered ??= action;
                }
            }
            else if (action.Style == ActionStyle.Prefixed && !IsForwarded(action, prefix))
            {
                context.Report(ActionDescriptors.ForeignPrefix, action.LabelLocation, action.Id, action.Prefix, prefix ?? "(no group)");
            }
        }

        if (prefixed is not null && numbered is not null)
        {
            var later = prefixed.Location.Start > numbered.Location.Start ? prefixed : numbered;
            context.Report(ActionDescriptors.MixedStyles, later.LabelLocation, prefixed.Id, numbered.Id);
        }

        // The actions of each style in the body and in clause 0: when the body has none, those of clause 0 are all of them.
        var body = new List<ActionBlock>(own.Count);
        var summary = new List<ActionBlock>(own.Count);
        foreach (var style in (ReadOnlySpan<ActionStyle>)[ActionStyle.Prefixed, ActionStyle.Numbered])
        {
            body.Clear();
            summary.Clear();
            foreach (var action in own)
            {
                if (action.Style == style)
                {
                    (action.InSummary ? summary : body).Add(action);
                }
            }

            CheckSequence(context, body.Count > 0 ? body : summary, style, prefix, inSummary: body.Count == 0);
            if (body.Count > 0)
            {
                CheckDuplicates(context, summary);
            }
        }
    }

    /// <summary>
    /// The numbers of the look-alike labels (RG3020) of <paramref name="style"/> with the record's prefix, in clause 0 or
    /// in the body as <paramref name="inSummary"/> says: numbers taken by a label written wrongly.
    /// </summary>
    private static HashSet<int> Lookalikes(RecordContext context, ActionStyle style, string? prefix, bool inSummary)
    {
        var numbers = new HashSet<int>();
        foreach (var lookalike in context.ActionLookalikes)
        {
            if (lookalike.Style == style && (style == ActionStyle.Numbered || string.Equals(lookalike.Prefix, prefix, StringComparison.Ordinal))
                && lookalike.InSummary == inSummary)
            {
                numbers.Add(lookalike.Number);
            }
        }

        return numbers;
    }

    /// <summary>
    /// An action of another group that the record forwards or quotes (<c>RG-WPR-4</c> in a WP2 report): its prefix
    /// differs from the record's and is not a slip of it (<see cref="NameNearMiss"/>: <c>RG-IME</c> for RG-IEM is a
    /// slip, RG-WPR is another group). Only group-like prefixes become actions at all (the binder's grammar), so a
    /// forwarded action is always another group's identifier; it keeps its number and is not renumbered.
    /// </summary>
    public static bool IsForwarded(ActionBlock action, string? prefix) =>
        action.Style == ActionStyle.Prefixed && prefix is not null && action.Prefix is { } written
        && !string.Equals(written, prefix, StringComparison.Ordinal) && !NameNearMiss.IsNearMiss(written, prefix);

    /// <summary>Actions with the record's prefix, and "Action n" items.</summary>
    public static bool IsOwn(ActionBlock action, string? prefix) =>
        action.Style == ActionStyle.Numbered || string.Equals(action.Prefix, prefix, StringComparison.Ordinal);

    /// <summary>
    /// Numbers 1..N in order; a number taken by a label written wrongly (RG3020) counts as used (<see cref="Lookalikes"/>,
    /// gathered at the first gap: a record numbered without gaps never reads them).
    /// </summary>
    private static void CheckSequence(RecordContext context, List<ActionBlock> actions, ActionStyle style, string? prefix, bool inSummary)
    {
        HashSet<int>? lookalikes = null;
        var seen = new Dictionary<int, ActionBlock>();
        int expected = 1;
        ActionBlock? previous = null;
        foreach (var action in actions)
        {
            if (seen.TryGetValue(action.Number, out var first))
            {
                context.Report(ActionDescriptors.NumberDuplicate, action.LabelLocation, action.Id, first.Location.Start.Line + 1);
                continue;
            }

            seen[action.Number] = action;
            while (expected < action.Number && (lookalikes ??= Lookalikes(context, style, prefix, inSummary)).Contains(expected))
            {
                expected++;
            }

            if (action.Number != expected)
            {
                string after = previous?.Id ?? "the start of the record";
                context.Report(ActionDescriptors.NumberGap, action.LabelLocation, action.Id, after, WithNumber(action, expected));
            }

            expected = action.Number + 1;
            previous = action;
        }
    }

    private static void CheckDuplicates(RecordContext context, List<ActionBlock> summary)
    {
        var seen = new Dictionary<int, ActionBlock>();
        foreach (var action in summary)
        {
            if (!seen.TryAdd(action.Number, action))
            {
                context.Report(ActionDescriptors.NumberDuplicate, action.LabelLocation, action.Id, seen[action.Number].Location.Start.Line + 1);
            }
        }
    }

    private static string WithNumber(ActionBlock action, int number) =>
        action.Style == ActionStyle.Prefixed ? $"{action.Prefix}-{number}" : $"Action {number}";
}
