using System.Runtime.InteropServices;
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

    /// <summary><see cref="WordFacts.FirstKnown"/> of a word that is itself a known name (never a slip).</summary>
    private const int IsKnown = -2;

    /// <summary>The most words a thread keeps (<see cref="words"/> is emptied past it): a bound on the memory, whatever the prose.</summary>
    private const int MaxCachedWords = 20_000;

    /// <summary>
    /// The words met by this thread (the records are checked in parallel), with what is known of each: the first known
    /// name it is a slip of (the same in every record) and its slip in the record of <see cref="recordStamp"/>.
    /// </summary>
    [ThreadStatic]
    private static Dictionary<string, WordFacts>? words;

    /// <summary>The number of records this thread has checked: the stamp of the record being checked.</summary>
    [ThreadStatic]
    private static int recordStamp;

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

        // The same words come back all through a record (its group, the documents it cites), and through every record: each
        // word is compared with the known names once a thread (the thread's cache), and with the record's own names once a record.
        var cache = words ??= new Dictionary<string, WordFacts>(StringComparer.Ordinal);
        if (cache.Count > MaxCachedWords)
        {
            cache.Clear();
        }

        var lookup = cache.GetAlternateLookup<ReadOnlySpan<char>>();
        int stamp = ++recordStamp;
        foreach (var segment in context.Prose)
        {
            int from = 0;
            while (NextName(segment.Text, ref from) is (int index, int length))
            {
                var span = segment.Text.AsSpan(index, length);

                // One lookup a word met before (the facts updated in place); a new word's key is read back once.
                ref var facts = ref CollectionsMarshal.GetValueRefOrAddDefault(lookup, span, out bool exists);
                if (!exists)
                {
                    lookup.TryGetValue(span, out string? word, out _);
                    facts = new WordFacts(word!, Known.Contains(word!) ? IsKnown : FirstKnownNearMiss(word!), 0, -1);
                }

                if (facts.Stamp != stamp)
                {
                    facts = facts with { Stamp = stamp, Slip = SlipOf(facts.Word, facts.FirstKnown, names, ownNames) };
                }

                int slip = facts.Slip;
                if (slip >= 0 && ReadinessReporting.Locate(context, segment, index, length) is { } location)
                {
                    ReadinessReporting.Report(context, ReadinessDescriptors.NameNearMiss, location, span.ToString(), names[slip].Name, names[slip].Role);
                }
            }
        }
    }

    /// <summary>
    /// The index in <paramref name="names"/> of the name <paramref name="word"/> is a slip of, or -1: what comparing it with
    /// every name in order gives (the rule before issue 21's h27c pass; kept in the tests as the oracle), the known names' part read from <paramref name="firstKnown"/>.
    /// A known name that is also one of the record's own comes first among them, so a slip of it is found there; the first
    /// known name the word is a slip of is thus among the names after the record's own, where the order is the known names'.
    /// </summary>
    private static int SlipOf(string word, int firstKnown, List<(string Name, string Role)> names, int ownNames)
    {
        if (firstKnown == IsKnown || IndexOf(names, word, ownNames) >= 0)
        {
            return -1;
        }

        for (int i = 0; i < ownNames; i++)
        {
            if (NameNearMiss.IsNearMiss(word, names[i].Name))
            {
                return i;
            }
        }

        return firstKnown < 0 ? -1 : IndexOf(names, KnownNames[firstKnown]);
    }

    /// <summary>The index in <see cref="KnownNames"/> of the first name <paramref name="word"/> is a slip of, or -1.</summary>
    private static int FirstKnownNearMiss(string word)
    {
        for (int k = 0; k < KnownNames.Length; k++)
        {
            if (NameNearMiss.IsNearMiss(word, KnownNames[k]))
            {
                return k;
            }
        }

        return -1;
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
