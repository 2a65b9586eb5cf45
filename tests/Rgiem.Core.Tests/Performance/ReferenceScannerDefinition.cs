using System.Globalization;
using System.Text.RegularExpressions;

using Rgiem.Core.References;

namespace Rgiem.Core.Tests.Performance;

/// <summary>
/// The document reference scanner as it was before issue 21's span-based classification (9b6d5eb), kept unchanged as the
/// definition <see cref="ReferenceScannerEquivalenceTests"/> compares the scanner with. Finds ITU-T document numbers in running text, in every form ITU-T has used: <c>TSAG-TD624R2</c>,
/// <c>TSAG-C015R1</c>, <c>TD 120 Rev.1</c>, <c>TD125-R1</c>, <c>SG17-TD580/PLEN</c>, <c>TD326/TSAG</c>,
/// <c>WTSA-20 C103</c>, <c>TD120 R1</c> (TSAG's reports put a space before the revision), a study group's own
/// <c>TD 392 (GEN/19)</c> (SG19-TD392/GEN) and <c>SG13 TD GEN 0050</c> (SG13-TD050/GEN), short forms (<c>TD666R4</c>,
/// <c>C99R1</c>) and rapporteur-group meeting documents
/// (<c>DOC5 (230131)</c>). It also reports text clearly meant as a number that is not one
/// (<c>TSAG-TD</c>, <c>TD12a</c>) and numbers glued to a word (<c>TSAG-TD257and</c>).
/// </summary>
/// <remarks>
/// The scanner is conservative: "R1", "Revision 2", "WTSA-20 Action 10", "COM5 Recommendation 5",
/// "Res.22", "Q10/13", "WP2/TSAG", "WTSA-24", "C-level" and file names are not references. A bare
/// contribution number (<c>C12</c>) is the most ambiguous form, so it is dropped rather than reported
/// as malformed whenever it looks like anything else ("Room C2", "C17/98", "C3PO").
/// </remarks>
internal static partial class ReferenceScannerDefinition
{
    /// <summary>Words after which a bare <c>C</c> + digits is a label, not a contribution ("Annex C1", "Room C2").</summary>
    /// <summary>The numbers of the candidate pattern's groups, looked up once instead of by name for every match.</summary>
    private static class Group
    {
        public static readonly int Pre = CandidatePattern().GroupNumberFromName("pre");
        public static readonly int Body = CandidatePattern().GroupNumberFromName("body");
        public static readonly int Postbody = CandidatePattern().GroupNumberFromName("postbody");
        public static readonly int Num = CandidatePattern().GroupNumberFromName("num");
        public static readonly int Rev = CandidatePattern().GroupNumberFromName("rev");
        public static readonly int Type = CandidatePattern().GroupNumberFromName("type");
        public static readonly int Sep = CandidatePattern().GroupNumberFromName("sep");
        public static readonly int Space = CandidatePattern().GroupNumberFromName("space");
        public static readonly int Sg = CandidatePattern().GroupNumberFromName("sg");
        public static readonly int Series = CandidatePattern().GroupNumberFromName("series");
    }

    private static readonly HashSet<string> LabelWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "annex", "appendix", "table", "figure", "class", "category", "level", "grade", "option", "case", "part",
        "section", "clause", "step", "phase", "room", "building", "floor", "type", "point", "scenario", "model",
    };

    /// <summary>Words after which <c>TSAG-TD</c> names the series, not a document with its number missing.</summary>
    private static readonly HashSet<string> SeriesWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "series", "document", "documents", "number", "numbers", "numbering", "prefix", "format", "template",
    };

    /// <summary>Every reference in <paramref name="text"/>, in text order. Never throws.</summary>
    internal static IReadOnlyList<DocumentReference> Scan(string? text)
    {
        var references = new List<DocumentReference>();
        if (string.IsNullOrEmpty(text))
        {
            return references;
        }

        foreach (var match in Candidates(text))
        {
            if (Classify(text, match) is { } reference)
            {
                references.Add(reference);
            }
        }

        if (text.Contains("DOC", StringComparison.Ordinal))
        {
            AddMeetingDocuments(text, references);
        }

        references.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return references;
    }

    /// <summary>
    /// The matches of <see cref="CandidatePattern"/> in <paramref name="text"/>, the same ones and in the same order as
    /// the pattern without its <c>\G</c> would find scanning the whole text, without running the pattern at every word start: every match holds its
    /// type (<c>TD</c>, <c>LS</c>, or a <c>C</c> not followed by a letter) and starts within the run of letters, digits
    /// and hyphens (and one space) just before it, so the anchored pattern is tried only from the start of that run to
    /// the type. Prose without such a type costs one vectorized search.
    /// </summary>
    private static IEnumerable<Match> Candidates(string text)
    {
        int from = 0;

        // Every start before this one was tried (or lies inside a match): no start is tried twice, so the work stays
        // linear in the text however many types a run of letters holds ("C-C-C-…").
        int untried = 0;
        while (true)
        {
            int type = NextType(text, from);
            if (type < 0)
            {
                yield break;
            }

            Match? found = null;
            for (int start = RunStart(text, type, untried); start <= type; start++)
            {
                untried = start + 1;
                if (CandidatePattern().Match(text, start) is { Success: true } match)
                {
                    found = match;
                    break;
                }
            }

            if (found is null)
            {
                from = type + 1;
                continue;
            }

            yield return found;
            untried = found.Index + found.Length;
            from = Math.Max(untried, type + 1);
        }
    }

    private static readonly System.Buffers.SearchValues<char> TypeStarts = System.Buffers.SearchValues.Create("TLC");

    /// <summary>The offset of the next <c>TD</c>, <c>LS</c> or <c>C</c> not followed by a letter or '_', from <paramref name="from"/>; -1 if none.</summary>
    private static int NextType(string text, int from)
    {
        while (from < text.Length)
        {
            int found = text.AsSpan(from).IndexOfAny(TypeStarts);
            if (found < 0)
            {
                return -1;
            }

            int at = from + found;
            char next = at + 1 < text.Length ? text[at + 1] : ' ';
            bool type = text[at] switch
            {
                'T' => next == 'D',
                'L' => next == 'S',
                _ => !char.IsLetter(next) && next != '_',
            };
            if (type)
            {
                return at;
            }

            from = at + 1;
        }

        return -1;
    }

    /// <summary>
    /// Where a match whose type is at <paramref name="type"/> may start at the earliest: before the type, one space or
    /// no-break space (the separator of <c>SG13 TD</c>), then letters, digits and hyphens (body, separator, and the letters
    /// glued before them); never before <paramref name="floor"/>.
    /// </summary>
    private static int RunStart(string text, int type, int floor)
    {
        int start = type;
        if (start > floor && text[start - 1] is ' ' or '\u00A0')
        {
            start--;
        }

        while (start > floor && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '-' or '\u2011'))
        {
            start--;
        }

        return Math.Max(start, floor);
    }

    private static void AddMeetingDocuments(string text, List<DocumentReference> references)
    {
        foreach (Match match in MeetingDocumentPattern().Matches(text))
        {
            int number = int.Parse(match.Groups["num"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
            references.Add(new DocumentReference(
                match.Index,
                match.Length,
                match.Value,
                DocumentReferenceKind.MeetingDocument,
                null,
                new MeetingDocumentNumber(number, match.Groups["date"].Value)));
        }
    }

    /// <summary>
    /// Parses a whole string (a <c>documents:</c> entry, a registry row) as one document number:
    /// true only when the trimmed text is exactly one well-formed reference with nothing glued to it.
    /// </summary>
    internal static bool TryParse(string? text, out DocumentReference? reference)
    {
        reference = null;
        string trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            return false;
        }

        var found = Scan(trimmed);
        if (found.Count == 1 && found[0] is { IsWellFormed: true, IsGlued: false, Offset: 0 } only && only.Length == trimmed.Length)
        {
            reference = only;
            return true;
        }

        return false;
    }

    private static DocumentReference? Classify(string text, Match match)
    {
        var pre = match.Groups[Group.Pre];
        var body = match.Groups[Group.Body];
        var postBody = match.Groups[Group.Postbody];
        var num = match.Groups[Group.Num];
        var rev = match.Groups[Group.Rev];
        string type = match.Groups[Group.Type].Value;
        int start = pre.Index + pre.Length;
        int end = match.Index + match.Length;
        bool qualified = body.Success || postBody.Success || match.Groups[Group.Sg].Success;
        bool bareContribution = !qualified && type == "C";

        if (pre.Length > 0 && !body.Success)
        {
            // Letters before a short form ("ABC12", "DOC5"): part of another word.
            return null;
        }

        if (!num.Success)
        {
            // "TSAG-TD" or "SG17-C" with nothing after: a number was meant. "TSAG LS", "This TD", "C-level" are prose.
            // Text about the series themselves ("TSAG-TD and TSAG-C documents", "the TSAG-C, TSAG-TD series") is prose too.
            bool hyphen = match.Groups[Group.Sep].Value is "-" or "\u2011";
            bool closed = end == text.Length || char.IsWhiteSpace(text[end]) || text[end] is '.' or ';' or ':' or ')';
            return body.Success && hyphen && type != "LS" && closed && !SeriesWords.Contains(NextWord(text, end))
                ? Malformed(text, start, end, DocumentReferenceProblem.MissingNumber)
                : null;
        }

        if (end + 1 < text.Length && text[end] is '/' or '.' or '-' or '\u2011' && char.IsAsciiDigit(text[end + 1]))
        {
            // "C17/98", "TD12.5", "TD12-3": some other numbering.
            return null;
        }

        if (bareContribution && ((match.Groups[Group.Space].Success && num.Length < 3) || FollowsLabelWord(text, start)))
        {
            return null;
        }

        string? gluedAfter = null;
        if (end < text.Length && IsWordChar(text[end]))
        {
            int tailEnd = end;
            while (tailEnd < text.Length && IsWordChar(text[tailEnd]))
            {
                tailEnd++;
            }

            string tail = text[end..tailEnd];
            if (IsRevisionStub(tail))
            {
                return bareContribution ? null : Malformed(text, start, tailEnd, DocumentReferenceProblem.RevisionWithoutNumber);
            }

            if (!IsWord(tail))
            {
                return bareContribution ? null : Malformed(text, start, tailEnd, DocumentReferenceProblem.UnexpectedCharacters);
            }

            gluedAfter = tail;
        }

        if (num.Length > 4 || rev.Length > 2)
        {
            return bareContribution ? null : Malformed(text, start, end, DocumentReferenceProblem.NumberTooLong);
        }

        var studyGroup = match.Groups[Group.Sg];
        string? bodyText = body.Success ? body.Value : postBody.Success ? postBody.Value : studyGroup.Success ? "SG" + studyGroup.Value : null;
        var number = new DocumentNumber(
            bodyText is null ? null : NormalizeBody(bodyText),
            type,
            int.Parse(num.Value, NumberStyles.None, CultureInfo.InvariantCulture),
            rev.Success ? int.Parse(rev.Value, NumberStyles.None, CultureInfo.InvariantCulture) : null,
            match.Groups[Group.Series].Success ? match.Groups[Group.Series].Value : null);
        return new DocumentReference(
            start,
            end - start,
            text[start..end],
            qualified ? DocumentReferenceKind.Qualified : DocumentReferenceKind.Short,
            number,
            null,
            DocumentReferenceProblem.None,
            pre.Length > 0 ? pre.Value : null,
            gluedAfter);
    }

    /// <summary>The body as ITU-T spells it: <c>TSAG</c>, <c>SG17</c>, <c>WTSA-20</c> (non-breaking hyphen replaced).</summary>
    internal static string NormalizeBody(string body) => body.Replace('\u2011', '-').ToUpperInvariant();

    private static DocumentReference Malformed(string text, int start, int end, DocumentReferenceProblem problem) =>
        new(start, end - start, text[start..end], DocumentReferenceKind.Malformed, null, null, problem);

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>"R", "Rev": a revision marker whose number is missing.</summary>
    private static bool IsRevisionStub(string tail) =>
        tail is "R" || string.Equals(tail, "Rev", StringComparison.OrdinalIgnoreCase);

    /// <summary>An ordinary word of two letters or more: "and", "The"; not "a", "ABC" or "a1".</summary>
    private static bool IsWord(string tail)
    {
        if (tail.Length < 2 || !tail.All(char.IsLetter))
        {
            return false;
        }

        return tail.Skip(1).All(char.IsLower) && (char.IsLower(tail[0]) || char.IsUpper(tail[0]));
    }

    private static string NextWord(string text, int index)
    {
        while (index < text.Length && char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        int begin = index;
        while (index < text.Length && char.IsLetter(text[index]))
        {
            index++;
        }

        return text[begin..index];
    }

    private static bool FollowsLabelWord(string text, int start)
    {
        int end = start;
        while (end > 0 && text[end - 1] is ' ' or '\u00A0')
        {
            end--;
        }

        int begin = end;
        while (begin > 0 && char.IsLetter(text[begin - 1]))
        {
            begin--;
        }

        return end > begin && LabelWords.Contains(text[begin..end]);
    }

    /// <summary>
    /// A candidate: optional letters glued before (<c>pre</c>), an optional body and separator, the type, then
    /// either a number with its revision and series, or a word boundary (a number is missing). Anchored where the search
    /// starts (<c>\G</c>): <see cref="Candidates"/> says where to try it.
    /// </summary>
    [GeneratedRegex(
        @"\G(?<![\p{L}\p{N}_])(?<pre>\p{L}*?)" +
        @"(?:(?<body>TSAG|SG[0-9]{1,2}|WTSA[-\u2011][0-9]{2})(?<sep>[-\u2011]|[ \u00A0](?=(?:TD|C|LS)(?:[ \u00A0](?:PLEN|GEN|WP[0-9]{1,2})[ \u00A0]|[ \u00A0]?)[0-9]))?)?" +
        @"(?<type>TD|C|LS)" +
        @"(?:(?:[ \u00A0](?<series>PLEN|GEN|WP[0-9]{1,2})[ \u00A0](?=[0-9]))?(?<space>[ \u00A0])?(?<num>[0-9]+)" +
        @"(?:(?:[-\u2011 \u00A0]?R|[ \u00A0]?Rev\.[ \u00A0]?)(?<rev>[0-9]+))?" +
        @"(?:/(?:(?<series>PLEN|GEN|WP[0-9]{1,2})|(?<postbody>TSAG|SG[0-9]{1,2}))(?![\p{L}\p{N}_])" +
        @"|[ \u00A0]?\((?<series>PLEN|GEN|WP[0-9]{1,2})/(?<sg>[0-9]{1,2})\))?" +
        @"|(?![\p{L}\p{N}_]))",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex CandidatePattern();

    /// <summary><c>DOC5 (230131)</c>; any run of digits is taken as the date, so that a wrong one can be reported.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}_])DOC[ \u00A0]?(?<num>[0-9]{1,4})[ \u00A0]?\((?<date>[0-9]{1,8})\)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex MeetingDocumentPattern();
}
