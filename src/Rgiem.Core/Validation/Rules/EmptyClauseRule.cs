using Rgiem.Core.Diagnostics;
using Rgiem.Core.Model;

namespace Rgiem.Core.Validation.Rules;

/// <summary>
/// RG2040: a clause heading with nothing under it before the next heading of the same or a higher level (or the
/// end of the record). A heading followed directly by its own sub-clause is not empty: the sub-clause is its text.
/// Annex headings are not checked (an annex may be a heading over an included file or a generated table, which are
/// content too), nor clause 0: the summary of actions is empty while a meeting has none, and `check --fix` fills it
/// from the body (RG3xxx check it against the actions).
/// </summary>
public sealed class EmptyClauseRule : IRecordRule
{
    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [StructureDescriptors.EmptyClause];

    public void Analyze(RecordContext context)
    {
        var body = context.Record.Body;
        for (int i = 0; i < body.Count; i++)
        {
            if (body[i] is not HeadingBlock { Kind: HeadingKind.Clause } heading || heading.Number == "0")
            {
                continue;
            }

            bool empty = i + 1 == body.Count || (body[i + 1] is HeadingBlock next && next.Level <= heading.Level);
            if (empty)
            {
                string name = heading.Number ?? BlockWalker.PlainText(heading.Title);
                context.Report(StructureDescriptors.EmptyClause, heading.Location, name);
            }
        }
    }
}
