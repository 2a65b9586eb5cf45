using System.Text.RegularExpressions;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Model;

namespace Rgiem.Core.Validation.Rules;

/// <summary>
/// Every "Annex X" the text cites must exist in the record (RG2007). A citation of another document's annex
/// is left alone: "Annex B of TSAG-TD520", "Annex 1 of the same document", "Annex A to Resolution 68",
/// and citations in a sentence that speaks of a contribution, a contributor or a document number.
/// </summary>
public sealed partial class AnnexReferenceRule : IRecordRule
{
    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [StructureDescriptors.AnnexMissing];

    public void Analyze(RecordContext context)
    {
        HashSet<string>? annexes = null;
        foreach (var segment in context.Prose)
        {
            // Every citation holds "Annex" as written (the pattern is case-sensitive): a segment without it has none.
            if (segment.Origin == ProseOrigin.Heading || !segment.Text.Contains("Annex", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (Match match in AnnexCitation().Matches(segment.Text))
            {
                annexes ??= context.Record.Headings
                    .Where(h => h.Kind == HeadingKind.Annex && h.Number is not null)
                    .Select(h => h.Number!)
                    .ToHashSet(StringComparer.Ordinal);
                string label = match.Groups["label"].Value;
                if (annexes.Contains(label) || CitesAnotherDocument(segment.Text, match))
                {
                    continue;
                }

                context.Report(StructureDescriptors.AnnexMissing, segment.Locate(match.Index, match.Length), label);
            }
        }
    }

    private static bool CitesAnotherDocument(string text, Match match)
    {
        string after = text[(match.Index + match.Length)..];
        if (OfAnotherDocument().IsMatch(after))
        {
            return true;
        }

        int sentenceStart = Math.Max(text.LastIndexOf(". ", match.Index, StringComparison.Ordinal), 0);
        string sentence = text[sentenceStart..match.Index];
        return ElsewhereContext().IsMatch(sentence);
    }

    [GeneratedRegex(@"\bAnnex(?:es)?[ \u00A0]+(?<label>[A-Z]|\d{1,2})\b(?![.\-]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex AnnexCitation();

    [GeneratedRegex(@"^[ \u00A0]*(?:of|to|in)[ \u00A0]+(?:the[ \u00A0]+)?(?:same|this[ \u00A0]+contribution|contribution|document|TD|C[ \u00A0]?\d|(?:TSAG|SG\d+|WTSA)|Resolution|Recommendation|Rec\.|ITU|[A-Z]{2,}[-\u2011])", RegexOptions.CultureInvariant)]
    private static partial Regex OfAnotherDocument();

    [GeneratedRegex(@"\b(?:contribut(?:ion|or|ors)|proponents?|(?:TSAG|SG\d{1,2})[-\u2011](?:TD|C)\d|TD[ \u00A0]?\d|the[ \u00A0]+(?:document|proposal))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ElsewhereContext();
}
