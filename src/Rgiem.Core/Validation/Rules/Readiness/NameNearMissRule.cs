using System.Text.RegularExpressions;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Text;

namespace Rgiem.Core.Validation.Rules.Readiness;

/// <summary>
/// RG7020: a name in the prose that is a slip of one of the record's own names — its group (<c>RG-IME</c> for
/// RG-IEM), its action prefix, its parent — or of the names of TSAG's groups (<c>TSGA</c>, <c>RG-StdStrat</c>).
/// What counts as a slip is <see cref="NameNearMiss"/>; a word that is itself a known name is never one, so two
/// real groups one letter apart are both quiet.
/// </summary>
internal sealed partial class NameNearMissRule : IRecordRule
{
    /// <summary>TSAG, its working parties and rapporteur groups, and other ITU names a slip would otherwise match (the sector names are RG7003's).</summary>
    private static readonly string[] KnownNames =
    [
        "TSAG", "TDAG", "RAG", "TSB", "BDT", "WTSA", "WTDC", "WP1", "WP2", "WP3",
        "RG-IEM", "RG-WM", "RG-SC", "RG-DT", "RG-WPR", "RG-StdsStrat", "RG-ResReview", "RG-LSC", "RG-TDR", "RG-WTSA",
    ];

    private static readonly HashSet<string> Known = new(KnownNames, StringComparer.Ordinal);

    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [ReadinessDescriptors.NameNearMiss];

    public void Analyze(RecordContext context)
    {
        var metadata = context.Record.Metadata;
        var names = new List<(string Name, string Role)>();
        Add(names, metadata.Group, "this record's group");
        Add(names, metadata.EffectiveActionPrefix, "this record's action prefix");
        Add(names, metadata.Parent, "this record's parent");
        foreach (string name in KnownNames)
        {
            Add(names, name, "a TSAG or ITU name");
        }

        var own = new HashSet<string>(names.Select(n => n.Name), StringComparer.Ordinal);
        foreach (var segment in context.Prose)
        {
            foreach (Match match in NamePattern().Matches(segment.Text))
            {
                string word = match.Value;
                if (own.Contains(word) || Known.Contains(word))
                {
                    continue;
                }

                foreach (var (name, role) in names)
                {
                    if (NameNearMiss.IsNearMiss(word, name))
                    {
                        if (ReadinessReporting.Locate(context, segment, match.Index, match.Length) is { } location)
                        {
                            ReadinessReporting.Report(context, ReadinessDescriptors.NameNearMiss, location, word, name, role);
                        }

                        break;
                    }
                }
            }
        }
    }

    private static void Add(List<(string Name, string Role)> names, string? name, string role)
    {
        if (name is not null && IdentifierPattern().IsMatch(name) && !names.Any(n => n.Name == name))
        {
            names.Add((name, role));
        }
    }

    /// <summary>An acronym-like word: a capital, then letters, digits and hyphens, with a second capital somewhere.</summary>
    [GeneratedRegex(
        @"(?<![\p{L}\p{N}_@./\-\u2011])[A-Z](?=[A-Za-z0-9\-\u2011]*[A-Z])[A-Za-z0-9]*(?:[\-\u2011][A-Za-z0-9]+)*(?![\p{L}\p{N}_@\-\u2011]|\.[\p{L}\p{N}])",
        RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"^[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdentifierPattern();
}
