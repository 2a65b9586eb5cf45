using Rgiem.Core.Diagnostics;
using Rgiem.Core.Model;
using Rgiem.Core.Text;

namespace Rgiem.Core.Validation.Rules;

/// <summary>
/// Where clause 0 lists the actions, it lists exactly the body's actions (RG3004, RG3005), in the body's
/// order (RG3006), with the same text after normalising white space, NBSP and dashes (RG3007).
/// </summary>
public sealed class ActionSummaryRule : IRecordRule
{
    private const int QuoteLength = 60;

    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } =
    [
        ActionDescriptors.SummaryExtra, ActionDescriptors.SummaryMissing, ActionDescriptors.SummaryOrder, ActionDescriptors.SummaryText,
    ];

    public void Analyze(RecordContext context)
    {
        string? prefix = context.Record.Metadata.EffectiveActionPrefix;
        var own = context.Record.Actions.Where(a => ActionNumberingRule.IsOwn(a, prefix)).ToList();
        var summary = own.Where(a => a.InSummary).ToList();
        if (summary.Count == 0)
        {
            return;
        }

        var body = own.Where(a => !a.InSummary).ToList();
        var bodyById = new Dictionary<string, ActionBlock>(StringComparer.Ordinal);
        foreach (var action in body)
        {
            bodyById.TryAdd(action.Id, action);
        }

        // A label written wrongly (RG3020) stands for its action: no second error for the same slip.
        var lookalikes = context.ActionLookalikes;
        var bodyLookalikes = lookalikes.Where(l => !l.InSummary).Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
        var summaryLookalikes = lookalikes.Where(l => l.InSummary).Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
        var summaryIds = summary.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var action in summary.Where(a => !bodyById.ContainsKey(a.Id) && !bodyLookalikes.Contains(a.Id)))
        {
            context.Report(ActionDescriptors.SummaryExtra, action.LabelLocation, action.Id);
        }

        foreach (var action in bodyById.Values.Where(a => !summaryIds.Contains(a.Id) && !summaryLookalikes.Contains(a.Id)))
        {
            context.Report(ActionDescriptors.SummaryMissing, action.LabelLocation, action.Id);
        }

        var commonInSummary = summary.Where(a => bodyById.ContainsKey(a.Id)).DistinctBy(a => a.Id).ToList();
        var bodyOrder = bodyById.Values.Where(a => summaryIds.Contains(a.Id)).Select(a => a.Id).ToList();
        for (int i = 0; i < commonInSummary.Count; i++)
        {
            var action = commonInSummary[i];
            int bodyIndex = bodyOrder.IndexOf(action.Id);
            if (bodyIndex != i)
            {
                context.Report(ActionDescriptors.SummaryOrder, action.LabelLocation, action.Id, i + 1, bodyIndex + 1);
            }

            var twin = bodyById[action.Id];
            var summaryText = Normalized(action.Inlines, ref summaryScratch);
            var bodyText = Normalized(twin.Inlines, ref bodyScratch);
            if (!summaryText.Equals(bodyText))
            {
                var (left, right) = Difference(summaryText.ToString(), bodyText.ToString());
                context.Report(ActionDescriptors.SummaryText, action.LabelLocation, action.Id, twin.Location.Start.Line + 1, left, right);
            }
        }
    }

    /// <summary>
    /// The plain text of <paramref name="inlines"/> (<see cref="BlockWalker.PlainText"/>) normalised
    /// (<see cref="ProseNormalizer.Normalize"/>), written into the thread's <paramref name="scratch"/> (valid until its next
    /// use): the two texts of most actions are equal, and are compared without making their strings.
    /// </summary>
    private static System.Text.StringBuilder Normalized(IEnumerable<Inline> inlines, ref System.Text.StringBuilder? scratch)
    {
        var builder = scratch ??= new System.Text.StringBuilder();
        builder.Clear();
        bool space = false;
        foreach (var leaf in BlockWalker.Leaves(inlines))
        {
            ProseNormalizer.Append(builder, BlockWalker.LeafText(leaf), ref space);
        }

        return builder;
    }

    /// <summary>The thread's buffers of <see cref="Normalized"/> (the records are checked in parallel).</summary>
    [ThreadStatic]
    private static System.Text.StringBuilder? summaryScratch;

    [ThreadStatic]
    private static System.Text.StringBuilder? bodyScratch;

    /// <summary>The two texts from a little before their first difference, shortened for the message.</summary>
    private static (string Left, string Right) Difference(string a, string b)
    {
        int common = 0;
        while (common < a.Length && common < b.Length && a[common] == b[common])
        {
            common++;
        }

        int start = Math.Max(0, a.LastIndexOf(' ', Math.Max(0, Math.Min(common, a.Length - 1))) + 1);
        start = Math.Min(start, Math.Min(common, b.Length));
        return (Quote(a, start), Quote(b, start));
    }

    private static string Quote(string text, int start)
    {
        string tail = text[Math.Min(start, text.Length)..];
        string prefix = start > 0 ? "…" : string.Empty;
        return tail.Length > QuoteLength ? prefix + tail[..QuoteLength] + "…" : prefix + tail;
    }
}
