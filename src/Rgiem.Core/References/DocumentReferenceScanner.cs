using System.Globalization;
using System.Text.RegularExpressions;

namespace Rgiem.Core.References;

/// <summary>
/// Finds ITU-T document numbers in running text, in every form ITU-T has used: <c>TSAG-TD624R2</c>,
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
public static partial class DocumentReferenceScanner
{
    /// <summary>Words after which a bare <c>C</c> + digits is a label, not a contribution ("Annex C1", "Room C2").</summary>
    /// <summary>The numbers of the candidate pattern's groups, looked up once instead of by name for every match.</summary>
    private static class GroupNumber
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

    /// <summary>The most plain numbers a thread keeps (<see cref="plainNumbers"/> is emptied past it): a bound on the memory.</summary>
    private const int MaxPlainNumbers = 20_000;

    /// <summary>
    /// The plain qualified numbers read by this thread (the records are checked in parallel), by their text: the text and
    /// the <see cref="DocumentNumber"/> (immutable) of a reference read by <see cref="TryPlainQualified"/>, the same for the same characters.
    /// </summary>
    [ThreadStatic]
    private static PlainNumbers? plainNumbers;

    /// <summary>
    /// The plain qualified numbers read by a thread: all of them by text (up to <see cref="MaxPlainNumbers"/>), and in front
    /// of them the last ones seen, one a slot picked by a hash of the text (a record cites the same few again and again: the
    /// slots stay in the processor's cache, where the large table costs a cache miss or more a look-up).
    /// </summary>
    private sealed class PlainNumbers
    {
        public const int RecentSlots = 256;

        public readonly Dictionary<string, DocumentNumber> All;

        public readonly Dictionary<string, DocumentNumber>.AlternateLookup<ReadOnlySpan<char>> ByText;

        public readonly (string? Written, DocumentNumber? Number)[] Recent = new (string?, DocumentNumber?)[RecentSlots];

        public PlainNumbers()
        {
            All = new Dictionary<string, DocumentNumber>(StringComparer.Ordinal);
            ByText = All.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        /// <summary>The slot of <paramref name="text"/> in <see cref="Recent"/>.</summary>
        public static int Slot(ReadOnlySpan<char> text)
        {
            uint hash = 2166136261;
            foreach (char c in text)
            {
                hash = (hash ^ c) * 16777619;
            }

            return (int)((hash ^ (hash >> 15)) & (RecentSlots - 1));
        }
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LabelWordLookup = LabelWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SeriesWordLookup = SeriesWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every reference in <paramref name="text"/>, in text order. Never throws.</summary>
    public static IReadOnlyList<DocumentReference> Scan(string? text)
    {
        var references = new List<DocumentReference>();
        ScanInto(text, references);
        return references;
    }

    /// <summary>
    /// Appends every reference in <paramref name="text"/> to <paramref name="references"/>, in text order (what <see cref="Scan"/>
    /// returns), so that a caller scanning many pieces of text fills one list. Never throws.
    /// </summary>
    public static void ScanInto(string? text, List<DocumentReference> references)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        int first = references.Count;
        int from = 0;

        // Every start before this one was tried (or lies inside a match): no start is tried twice, so the work stays
        // linear in the text however many types a run of letters holds ("C-C-C-…").
        int untried = 0;
        while (NextCandidate(text, ref from, ref untried, out var candidate))
        {
            if (Classify(text, in candidate) is { } reference)
            {
                references.Add(reference);
            }
        }

        // The candidates come in text order; only meeting documents, found by a search of their own, need sorting in.
        if (text.Contains("DOC", StringComparison.Ordinal) && AddMeetingDocuments(text, references))
        {
            references.Sort(first, references.Count - first, OffsetOrder.Instance);
        }
    }

    /// <summary>References by offset (no two references of a text start at the same offset).</summary>
    private sealed class OffsetOrder : IComparer<DocumentReference>
    {
        public static readonly OffsetOrder Instance = new();

        public int Compare(DocumentReference? x, DocumentReference? y) => x!.Offset.CompareTo(y!.Offset);
    }

    /// <summary>
    /// The next match of <see cref="CandidatePattern"/> in <paramref name="text"/>, the same ones and in the same order as
    /// the pattern without its <c>\G</c> would find scanning the whole text, without running the pattern at every word start: every match holds its
    /// type (<c>TD</c>, <c>LS</c>, or a <c>C</c> not followed by a letter) and starts within the run of letters, digits
    /// and hyphens (and one space) just before it, so the anchored pattern is tried only from the start of that run to
    /// the type. Prose without such a type costs one vectorized search. The commonest form, a body, a hyphen, the type and
    /// the number and perhaps <c>R</c> and a revision, with nothing after it the pattern could take (<c>TSAG-TD624</c>,
    /// <c>TSAG-TD624R2</c>, <c>SG17-C12</c>), is read by hand (<see cref="TryPlainQualified"/>); the rest goes to the pattern,
    /// which is not tried at a start inside a word (its lookbehind would refuse it).
    /// </summary>
    private static bool NextCandidate(string text, ref int from, ref int untried, out Candidate candidate)
    {
        while (true)
        {
            int type = NextType(text, from);
            if (type < 0)
            {
                from = text.Length;
                candidate = default;
                return false;
            }

            bool found = false;
            candidate = default;
            for (int start = RunStart(text, type, untried); start <= type; start++)
            {
                untried = start + 1;
                if (start > 0 && IsBoundChar(text[start - 1]))
                {
                    // The pattern's lookbehind fails at once: a match never starts inside a word.
                    continue;
                }

                if (TryPlainQualified(text, start, type, out candidate))
                {
                    found = true;
                    break;
                }

                if (CandidatePattern().Match(text, start) is { Success: true } match)
                {
                    candidate = Candidate.Of(match);
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                from = type + 1;
                continue;
            }

            untried = candidate.Index + candidate.Length;
            from = Math.Max(untried, type + 1);
            return true;
        }
    }

    /// <summary>
    /// The match of <see cref="CandidatePattern"/> at <paramref name="start"/> when the text there is a plain qualified
    /// number: <c>TSAG</c> or <c>SG</c> and one or two digits, a hyphen, the type at <paramref name="type"/> and digits, then
    /// either nothing a revision or a series could start with (not <c>-</c>, <c>R</c>, <c>/</c>, <c>(</c>, nor a space before
    /// <c>R</c> or <c>(</c>), or <c>R</c> and digits followed by nothing a series could start with (<c>TSAG-TD624R2</c>: not
    /// <c>/</c>, <c>(</c>, nor a space before <c>(</c>). The pattern reads such text one way only (its lazy prefix empty, the
    /// body, the hyphen, the type, every digit, the revision's first form and every digit, then nothing optional can follow),
    /// so the groups are known without running it. False for anything else, which the pattern reads. The caller has checked
    /// that no letter, number or <c>_</c> comes before <paramref name="start"/>.
    /// </summary>
    private static bool TryPlainQualified(string text, int start, int type, out Candidate candidate)
    {
        candidate = default;
        int bodyLength;
        var rest = text.AsSpan(start, type - start);
        if (rest.StartsWith("TSAG", StringComparison.Ordinal))
        {
            bodyLength = 4;
        }
        else if (rest.StartsWith("SG", StringComparison.Ordinal))
        {
            int digits = 0;
            while (2 + digits < rest.Length && char.IsAsciiDigit(rest[2 + digits]))
            {
                digits++;
            }

            if (digits is < 1 or > 2)
            {
                return false;
            }

            bodyLength = 2 + digits;
        }
        else
        {
            return false;
        }

        // The hyphen, then the type right after it.
        if (bodyLength + 1 != rest.Length || rest[bodyLength] is not ('-' or '\u2011'))
        {
            return false;
        }

        int typeLength = text[type] == 'C' ? 1 : 2;
        int num = type + typeLength;
        int numEnd = num;
        while (numEnd < text.Length && char.IsAsciiDigit(text[numEnd]))
        {
            numEnd++;
        }

        if (numEnd == num)
        {
            return false;
        }

        // A revision written as R and digits right after the number (TSAG-TD624R2): the pattern's first way to read one.
        int rev = numEnd;
        int revEnd = numEnd;
        if (numEnd + 1 < text.Length && text[numEnd] == 'R' && char.IsAsciiDigit(text[numEnd + 1]))
        {
            rev = numEnd + 1;
            revEnd = rev + 1;
            while (revEnd < text.Length && char.IsAsciiDigit(text[revEnd]))
            {
                revEnd++;
            }
        }

        if (revEnd < text.Length)
        {
            char next = text[revEnd];
            bool revised = revEnd > numEnd;
            if ((!revised && next is '-' or '\u2011' or 'R') || next is '/' or '('
                || (next is ' ' or '\u00A0' && revEnd + 1 < text.Length && (text[revEnd + 1] == '(' || (!revised && text[revEnd + 1] == 'R'))))
            {
                return false;
            }
        }

        candidate = new Candidate(start, revEnd - start)
        {
            Pre = new GroupSpan(start, 0),
            Body = new GroupSpan(start, bodyLength),
            Sep = new GroupSpan(start + bodyLength, 1),
            Type = new GroupSpan(type, typeLength),
            Num = new GroupSpan(num, numEnd - num),
            Rev = revEnd > numEnd ? new GroupSpan(rev, revEnd - rev) : default,
            Plain = true,
        };
        return true;
    }

    /// <summary>The characters <see cref="NextType"/> searches for: a type's last letter (<c>TD</c>, <c>LS</c>) or <c>C</c>.</summary>
    private static readonly System.Buffers.SearchValues<char> TypeEnds = System.Buffers.SearchValues.Create("DSC");

    /// <summary>
    /// The offset of the next <c>TD</c>, <c>LS</c> or <c>C</c> not followed by a letter or '_', from <paramref name="from"/>; -1 if none.
    /// Found by a type's last letter, rarer in prose than a capital T ("The", "TSAG", "ITU-T"): a <c>D</c> after a <c>T</c>, an
    /// <c>S</c> after an <c>L</c> (the type one character before), or a <c>C</c>. A type ends before the next one's last
    /// letter (a <c>C</c> is not a <c>T</c> or an <c>L</c>), so the first found is the first in the text.
    /// </summary>
    private static int NextType(string text, int from)
    {
        int search = from;
        while (search < text.Length)
        {
            int found = text.AsSpan(search).IndexOfAny(TypeEnds);
            if (found < 0)
            {
                return -1;
            }

            int at = search + found;
            switch (text[at])
            {
                case 'C':
                    char next = at + 1 < text.Length ? text[at + 1] : ' ';
                    if (!char.IsLetter(next) && next != '_')
                    {
                        return at;
                    }

                    break;
                case 'D':
                    if (at > from && text[at - 1] == 'T')
                    {
                        return at - 1;
                    }

                    break;
                default:
                    if (at > from && text[at - 1] == 'L')
                    {
                        return at - 1;
                    }

                    break;
            }

            search = at + 1;
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

    /// <summary>Adds the meeting documents of <paramref name="text"/>; true when there was any.</summary>
    private static bool AddMeetingDocuments(string text, List<DocumentReference> references)
    {
        bool any = false;
        foreach (Match match in MeetingDocumentPattern().Matches(text))
        {
            any = true;
            int number = int.Parse(match.Groups["num"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
            references.Add(new DocumentReference(
                match.Index,
                match.Length,
                match.Value,
                DocumentReferenceKind.MeetingDocument,
                null,
                new MeetingDocumentNumber(number, match.Groups["date"].Value)));
        }

        return any;
    }

    /// <summary>
    /// Parses a whole string (a <c>documents:</c> entry, a registry row) as one document number:
    /// true only when the trimmed text is exactly one well-formed reference with nothing glued to it.
    /// </summary>
    public static bool TryParse(string? text, out DocumentReference? reference)
    {
        reference = null;
        string trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            return false;
        }

        // What Scan returns, in a list this thread reuses (a record's list and the registry parse one entry after another).
        var found = parsed ??= [];
        found.Clear();
        ScanInto(trimmed, found);
        bool one = found.Count == 1 && found[0] is { IsWellFormed: true, IsGlued: false, Offset: 0 } only && only.Length == trimmed.Length;
        reference = one ? found[0] : null;
        found.Clear();
        return one;
    }

    /// <summary>The list <see cref="TryParse"/> scans into, one a thread (emptied after each use).</summary>
    [ThreadStatic]
    private static List<DocumentReference>? parsed;

    private static DocumentReference? Classify(string text, in Candidate match)
    {
        var pre = match.Pre;
        var body = match.Body;
        var postBody = match.Postbody;
        var num = match.Num;
        var rev = match.Rev;
        string type = match.Type.Length == 1 ? "C" : text[match.Type.Index] == 'T' ? "TD" : "LS";
        int start = pre.Index + pre.Length;
        int end = match.Index + match.Length;
        bool qualified = body.Success || postBody.Success || match.Sg.Success;
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
            bool hyphen = match.Sep.Success && match.Sep.Length == 1 && text[match.Sep.Index] is '-' or '\u2011';
            bool closed = end == text.Length || char.IsWhiteSpace(text[end]) || text[end] is '.' or ';' or ':' or ')';
            return body.Success && hyphen && type != "LS" && closed && !SeriesWordLookup.Contains(NextWord(text, end))
                ? Malformed(text, start, end, DocumentReferenceProblem.MissingNumber)
                : null;
        }

        if (end + 1 < text.Length && text[end] is '/' or '.' or '-' or '\u2011' && char.IsAsciiDigit(text[end + 1]))
        {
            // "C17/98", "TD12.5", "TD12-3": some other numbering.
            return null;
        }

        if (bareContribution && ((match.Space.Success && num.Length < 3) || FollowsLabelWord(text, start)))
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

            var tail = text.AsSpan(end, tailEnd - end);
            if (IsRevisionStub(tail))
            {
                return bareContribution ? null : Malformed(text, start, tailEnd, DocumentReferenceProblem.RevisionWithoutNumber);
            }

            if (!IsWord(tail))
            {
                return bareContribution ? null : Malformed(text, start, tailEnd, DocumentReferenceProblem.UnexpectedCharacters);
            }

            gluedAfter = tail.ToString();
        }

        if (num.Length > 4 || rev.Length > 2)
        {
            return bareContribution ? null : Malformed(text, start, end, DocumentReferenceProblem.NumberTooLong);
        }

        // A plain qualified number (TSAG-TD624R2) is read from its own characters only, the same way wherever it is
        // written: its text and number are those of the same characters met before on this thread (a record cites the
        // same few documents again and again, and a corpus the same series), not built again.
        var plain = match.Plain ? plainNumbers ??= new PlainNumbers() : null;
        string? written = null;
        DocumentNumber? number = null;
        int slot = 0;
        if (plain is not null)
        {
            var span = text.AsSpan(start, end - start);
            slot = PlainNumbers.Slot(span);
            var recent = plain.Recent[slot];
            if (recent.Written is not null && span.SequenceEqual(recent.Written))
            {
                (written, number) = recent;
            }
            else if (plain.ByText.TryGetValue(span, out written, out number))
            {
                plain.Recent[slot] = (written, number);
            }
        }

        if (written is null || number is null)
        {
            var studyGroup = match.Sg;
            string? bodyText = body.Success ? NormalizeBody(text.AsSpan(body.Index, body.Length))
                : postBody.Success ? NormalizeBody(text.AsSpan(postBody.Index, postBody.Length))
                : studyGroup.Success ? NormalizeBody(string.Concat("SG", text.AsSpan(studyGroup.Index, studyGroup.Length)))
                : null;
            number = new DocumentNumber(
                bodyText,
                type,
                int.Parse(text.AsSpan(num.Index, num.Length), NumberStyles.None, CultureInfo.InvariantCulture),
                rev.Success ? int.Parse(text.AsSpan(rev.Index, rev.Length), NumberStyles.None, CultureInfo.InvariantCulture) : null,
                match.Series.Success ? text.Substring(match.Series.Index, match.Series.Length) : null);
            written = text[start..end];
            if (plain is not null)
            {
                if (plain.All.Count >= MaxPlainNumbers)
                {
                    plain.All.Clear();
                }

                plain.All[written] = number;
                plain.Recent[slot] = (written, number);
            }
        }

        return new DocumentReference(
            start,
            end - start,
            written,
            qualified ? DocumentReferenceKind.Qualified : DocumentReferenceKind.Short,
            number,
            null,
            DocumentReferenceProblem.None,
            pre.Length > 0 ? text.Substring(pre.Index, pre.Length) : null,
            gluedAfter);
    }

    /// <summary><see cref="NormalizeBody(string)"/> of a body in the text; <c>TSAG</c>, the commonest, without a new string.</summary>
    private static string NormalizeBody(ReadOnlySpan<char> body) =>
        body.SequenceEqual("TSAG") ? "TSAG" : NormalizeBody(body.ToString());

    /// <summary>The body as ITU-T spells it: <c>TSAG</c>, <c>SG17</c>, <c>WTSA-20</c> (non-breaking hyphen replaced).</summary>
    public static string NormalizeBody(string body) => body.Replace('\u2011', '-').ToUpperInvariant();

    private static DocumentReference Malformed(string text, int start, int end, DocumentReferenceProblem problem) =>
        new(start, end - start, text[start..end], DocumentReferenceKind.Malformed, null, null, problem);

    /// <summary>What the pattern's <c>(?&lt;![\p{L}\p{N}_])</c> refuses before a match: a letter, a number or <c>_</c>.</summary>
    private static bool IsBoundChar(char c) => char.IsLetter(c) || char.IsNumber(c) || c == '_';

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>"R", "Rev": a revision marker whose number is missing.</summary>
    private static bool IsRevisionStub(ReadOnlySpan<char> tail) =>
        tail.SequenceEqual("R") || tail.Equals("Rev", StringComparison.OrdinalIgnoreCase);

    /// <summary>An ordinary word of two letters or more: "and", "The"; not "a", "ABC" or "a1".</summary>
    private static bool IsWord(ReadOnlySpan<char> tail)
    {
        if (tail.Length < 2)
        {
            return false;
        }

        foreach (char c in tail)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        foreach (char c in tail[1..])
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return char.IsLower(tail[0]) || char.IsUpper(tail[0]);
    }

    private static ReadOnlySpan<char> NextWord(string text, int index)
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

        return text.AsSpan(begin, index - begin);
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

        return end > begin && LabelWordLookup.Contains(text.AsSpan(begin, end - begin));
    }

    /// <summary>Where a group of <see cref="CandidatePattern"/> matched (its last capture), or that it did not.</summary>
    private readonly struct GroupSpan(int index, int length)
    {
        public int Index { get; } = index;

        public int Length { get; } = length;

        public bool Success { get; } = true;

        public static GroupSpan Of(Group group) => group.Success ? new GroupSpan(group.Index, group.Length) : default;
    }

    /// <summary>A match of <see cref="CandidatePattern"/>: its span and its groups, read from a <see cref="Match"/> or by hand.</summary>
    private readonly struct Candidate(int index, int length)
    {
        public int Index { get; } = index;

        public int Length { get; } = length;

        public GroupSpan Pre { get; init; }

        public GroupSpan Body { get; init; }

        public GroupSpan Postbody { get; init; }

        public GroupSpan Num { get; init; }

        public GroupSpan Rev { get; init; }

        public GroupSpan Type { get; init; }

        public GroupSpan Sep { get; init; }

        public GroupSpan Space { get; init; }

        public GroupSpan Sg { get; init; }

        public GroupSpan Series { get; init; }

        /// <summary>Read by <see cref="TryPlainQualified"/>: its groups depend on its own characters only.</summary>
        public bool Plain { get; init; }

        public static Candidate Of(Match match) => new(match.Index, match.Length)
        {
            Pre = GroupSpan.Of(match.Groups[GroupNumber.Pre]),
            Body = GroupSpan.Of(match.Groups[GroupNumber.Body]),
            Postbody = GroupSpan.Of(match.Groups[GroupNumber.Postbody]),
            Num = GroupSpan.Of(match.Groups[GroupNumber.Num]),
            Rev = GroupSpan.Of(match.Groups[GroupNumber.Rev]),
            Type = GroupSpan.Of(match.Groups[GroupNumber.Type]),
            Sep = GroupSpan.Of(match.Groups[GroupNumber.Sep]),
            Space = GroupSpan.Of(match.Groups[GroupNumber.Space]),
            Sg = GroupSpan.Of(match.Groups[GroupNumber.Sg]),
            Series = GroupSpan.Of(match.Groups[GroupNumber.Series]),
        };
    }

    /// <summary>
    /// A candidate: optional letters glued before (<c>pre</c>), an optional body and separator, the type, then
    /// either a number with its revision and series, or a word boundary (a number is missing). Anchored where the search
    /// starts (<c>\G</c>): <see cref="NextCandidate"/> says where to try it.
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
