using Rgiem.Core.Diagnostics;
using Rgiem.Core.Model;

namespace Rgiem.Core.Validation.Rules;

/// <summary>
/// Action items use the record's prefix (RG3001), are numbered 1..N in order of appearance without gaps
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
        var actions = context.Record.Actions;
        string? prefix = context.Record.Metadata.EffectiveActionPrefix;
        foreach (var action in actions.Where(a => a.Style == ActionStyle.Prefixed && !string.Equals(a.Prefix, prefix, StringComparison.Ordinal)))
        {
            context.Report(ActionDescriptors.ForeignPrefix, action.LabelLocation, action.Id, action.Prefix, prefix ?? "(no group)");
        }

        var own = actions.Where(a => IsOwn(a, prefix)).ToList();
        var prefixed = own.FirstOrDefault(a => a.Style == ActionStyle.Prefixed);
        var numbered = own.FirstOrDefault(a => a.Style == ActionStyle.Numbered);
        if (prefixed is not null && numbered is not null)
        {
            var later = prefixed.Location.Start > numbered.Location.Start ? prefixed : numbered;
            context.Report(ActionDescriptors.MixedStyles, later.LabelLocation, prefixed.Id, numbered.Id);
        }

        foreach (var style in new[] { ActionStyle.Prefixed, ActionStyle.Numbered })
        {
            var ofStyle = own.Where(a => a.Style == style).ToList();
            var body = ofStyle.Where(a => !a.InSummary).ToList();
            CheckSequence(context, body.Count > 0 ? body : ofStyle);
            if (body.Count > 0)
            {
                CheckDuplicates(context, ofStyle.Where(a => a.InSummary).ToList());
            }
        }
    }

    /// <summary>Actions with the record's prefix, and "Action n" items.</summary>
    public static bool IsOwn(ActionBlock action, string? prefix) =>
        action.Style == ActionStyle.Numbered || string.Equals(action.Prefix, prefix, StringComparison.Ordinal);

    private static void CheckSequence(RecordContext context, IReadOnlyList<ActionBlock> actions)
    {
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
            if (action.Number != expected)
            {
                string after = previous?.Id ?? "the start of the record";
                context.Report(ActionDescriptors.NumberGap, action.LabelLocation, action.Id, after, WithNumber(action, expected));
            }

            expected = action.Number + 1;
            previous = action;
        }
    }

    private static void CheckDuplicates(RecordContext context, IReadOnlyList<ActionBlock> summary)
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
