using Rgiem.Core.Diagnostics;
using Rgiem.Core.Model;

namespace Rgiem.Core.Validation.Rules;

/// <summary>
/// RG3020: a paragraph that starts like an action label written wrongly (<see cref="ActionLookalikes"/>) is reported
/// at its label. The numbering and clause-0 rules count it in its place, so the slip gives this one warning instead
/// of an error at clause 0 (RG3004) and another at the next action (RG3002).
/// </summary>
public sealed class ActionLookalikeRule : IRecordRule
{
    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [ActionDescriptors.LooksLikeAction];

    public void Analyze(RecordContext context)
    {
        foreach (var lookalike in context.ActionLookalikes)
        {
            string written = lookalike.Segment.Text[..lookalike.Length].TrimEnd();
            string label = lookalike.Style == ActionStyle.Numbered ? lookalike.Id + ":\t" : lookalike.Id + ": ";
            context.Report(ActionDescriptors.LooksLikeAction, lookalike.Segment.Locate(0, written.Length), written, lookalike.Id, label.TrimEnd());
        }
    }
}
