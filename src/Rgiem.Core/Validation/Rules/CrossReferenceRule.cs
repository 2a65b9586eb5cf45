using System.Globalization;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Model;
using Rgiem.Core.Text;

namespace Rgiem.Core.Validation.Rules;

/// <summary>
/// RG2041: a citation (<c>@fig:name</c>) of an id that no figure, table caption or heading carries; RG2042: an id
/// given twice (the second is reported, at its line). Citations and ids in footnotes and included files count.
/// </summary>
public sealed class CrossReferenceRule : IRecordRule
{
    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        [StructureDescriptors.CrossReferenceUnknown, StructureDescriptors.CrossReferenceDuplicate];

    public void Analyze(RecordContext context)
    {
        var index = CrossReferences.Of(context.Walk);
        foreach (var duplicate in index.Duplicates)
        {
            var first = index.Targets[duplicate.Id];
            context.Report(StructureDescriptors.CrossReferenceDuplicate, duplicate.Location, duplicate.Id, Describe(first), Line(first.Location, duplicate.Location));
        }

        foreach (var citation in index.Citations)
        {
            if (index.Targets.ContainsKey(citation.Id) || citation.Location is not { } location)
            {
                continue;
            }

            string? closest = Suggestions.Closest(citation.Id, index.Targets.Keys);
            string hint = closest is null ? string.Empty : $" (did you mean '@{closest}'?)";
            context.Report(StructureDescriptors.CrossReferenceUnknown, location, citation.Written, citation.Id, hint);
        }
    }

    private static string Describe(CrossReferenceTarget target) => target.Kind switch
    {
        CrossReferenceKind.Clause => "clause " + target.Label,
        CrossReferenceKind.Heading => "the heading '" + target.Label + "'",
        _ => target.Label,
    };

    /// <summary>The first target's line, with its file when it is in another file (an include) than the duplicate.</summary>
    private static string Line(SourceLocation first, SourceLocation duplicate)
    {
        string line = (first.Start.Line + 1).ToString(CultureInfo.InvariantCulture);
        return string.Equals(first.Path, duplicate.Path, StringComparison.Ordinal) ? line : line + " of " + first.Path;
    }
}
