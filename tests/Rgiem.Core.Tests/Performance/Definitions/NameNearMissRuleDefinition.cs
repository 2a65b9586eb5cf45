using System.Text.RegularExpressions;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Text;
using Rgiem.Core.Validation;
using Rgiem.Core.Validation.Rules.Readiness;

namespace Rgiem.Core.Tests.Performance.Definitions;

/// <summary>
/// The RG7020 rule as it was before issue 21's h27c pass (each word compared with every name once a record, in a
/// dictionary of the record), kept unchanged as the oracle of <c>RuleAllocationEquivalenceTests</c>. RG7020: a name in the prose that is a slip of one of the record's own names — its group (<c>RG-IME</c> for
/// RG-IEM), its action prefix, its parent — or of the names of TSAG's groups (<c>TSGA</c>, <c>RG-StdStrat</c>).
/// What counts as a slip is <see cref="NameNearMiss"/>; a word that is itself a known name is never one, so two
/// real groups one letter apart are both quiet.
/// </summary>
internal sealed partial class NameNearMissRuleDefinition : IRecordRule
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
        var names = new List<(string Name, string Role)>(3 + KnownNames.Length);
        Add(names, metadata.Group, "this record's group");
        Add(names, metadata.EffectiveActionPrefix, "this record's action prefix");
        Add(names, metadata.Parent, "this record's parent");
        int ownNames = names.Count;
        foreach (string name in KnownNames)
        {
            // Every known name is an identifier (checked once, KnownNamesAreIdentifiers): only a repeat is left out.
            if (IndexOf(names, name) < 0)
            {
                names.Add((name, "a TSAG or ITU name"));
            }
        }

        // The same words come back all through a record (its group, the documents it cites): each is compared with
        // the names once. The value is the index in names of the name it is a slip of, or -1.
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var segment in context.Prose)
        {
            int from = 0;
            while (NextName(segment.Text, ref from) is (int index, int length))
            {
                var match = (Index: index, Length: length);
                var span = segment.Text.AsSpan(match.Index, match.Length);
                var lookup = seen.GetAlternateLookup<ReadOnlySpan<char>>();
                if (!lookup.TryGetValue(span, out int slip))
                {
                    string word = span.ToString();
                    slip = Known.Contains(word) || IndexOf(names, word, ownNames) >= 0 ? -1 : NearMissOf(word, names);
                    seen[word] = slip;
                }

                if (slip >= 0 && ReadinessReporting.Locate(context, segment, match.Index, match.Length) is { } location)
                {
                    ReadinessReporting.Report(context, ReadinessDescriptors.NameNearMiss, location, span.ToString(), names[slip].Name, names[slip].Role);
                }
            }
        }
    }

    private static void Add(List<(string Name, string Role)> names, string? name, string role)
    {
        if (name is not null && IdentifierPattern().IsMatch(name) && IndexOf(names, name) < 0)
        {
            names.Add((name, role));
        }
    }

    /// <summary>Whether every known name is an identifier, as <see cref="Add"/> requires of the record's own (a test holds it).</summary>
    internal static bool KnownNamesAreIdentifiers => KnownNames.All(name => IdentifierPattern().IsMatch(name));

    /// <summary>The index of <paramref name="name"/> among the first <paramref name="count"/> names (all by default), or -1.</summary>
    private static int IndexOf(List<(string Name, string Role)> names, string name, int count = int.MaxValue)
    {
        for (int i = 0; i < names.Count && i < count; i++)
        {
            if (names[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The index of the first name <paramref name="word"/> is a slip of, or -1.</summary>
    private static int NearMissOf(string word, List<(string Name, string Role)> names)
    {
        for (int i = 0; i < names.Count; i++)
        {
            if (NameNearMiss.IsNearMiss(word, names[i].Name))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The next match of <see cref="NamePattern"/> in <paramref name="text"/> from <paramref name="from"/> (moved past it),
    /// found without the regex: the pattern is tried at every capital of the prose, and by hand that costs a few
    /// comparisons. The two give the same matches (a test compares them on random text). A match cannot end early: every
    /// shorter end lies before a letter, digit or hyphen, which its last lookahead refuses, so only the longest run counts.
    /// </summary>
    internal static (int Index, int Length)? NextName(string text, ref int from)
    {
        for (int i = from; i < text.Length; i++)
        {
            int found = text.AsSpan(i).IndexOfAnyInRange('A', 'Z');
            if (found < 0)
            {
                break;
            }

            i += found;
            if (i > 0 && (char.IsLetter(text[i - 1]) || char.IsNumber(text[i - 1]) || text[i - 1] is '_' or '@' or '.' or '/' or '-' or '\u2011'))
            {
                continue;
            }

            // (?=[A-Za-z0-9\-\u2011]*[A-Z]): a second capital in the run of letters, digits and hyphens that follows.
            int k = i + 1;
            while (k < text.Length && IsNameChar(text[k]) && !char.IsAsciiLetterUpper(text[k]))
            {
                k++;
            }

            if (k >= text.Length || !char.IsAsciiLetterUpper(text[k]))
            {
                continue;
            }

            // [A-Za-z0-9]*(?:[\-\u2011][A-Za-z0-9]+)*, each part as long as it goes.
            int end = i + 1;
            while (true)
            {
                while (end < text.Length && char.IsAsciiLetterOrDigit(text[end]))
                {
                    end++;
                }

                if (end + 1 < text.Length && text[end] is '-' or '\u2011' && char.IsAsciiLetterOrDigit(text[end + 1]))
                {
                    end += 2;
                    continue;
                }

                break;
            }

            // (?![\p{L}\p{N}_@\-\u2011]|\.[\p{L}\p{N}])
            if (end < text.Length)
            {
                char next = text[end];
                if (char.IsLetter(next) || char.IsNumber(next) || next is '_' or '@' or '-' or '\u2011'
                    || (next == '.' && end + 1 < text.Length && (char.IsLetter(text[end + 1]) || char.IsNumber(text[end + 1]))))
                {
                    continue;
                }
            }

            from = end;
            return (i, end - i);
        }

        from = text.Length;
        return null;
    }

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '\u2011';

    /// <summary>An acronym-like word: a capital, then letters, digits and hyphens, with a second capital somewhere.</summary>
    [GeneratedRegex(
        @"(?<![\p{L}\p{N}_@./\-\u2011])[A-Z](?=[A-Za-z0-9\-\u2011]*[A-Z])[A-Za-z0-9]*(?:[\-\u2011][A-Za-z0-9]+)*(?![\p{L}\p{N}_@\-\u2011]|\.[\p{L}\p{N}])",
        RegexOptions.CultureInvariant)]
    internal static partial Regex NamePattern();

    [GeneratedRegex(@"^[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdentifierPattern();
}
