using System.Globalization;
using System.Text.RegularExpressions;

namespace Rgiem.Core.References;

/// <summary>
/// An ITU-T TD, contribution or liaison number in any of its written forms (<c>TSAG-TD064R1</c>,
/// <c>TD 120 Rev.1</c>, <c>TD125-R1</c>, <c>SG17-TD580/PLEN</c>, <c>WTSA-20 C103</c>), with one
/// canonical spelling: <c>TSAG-TD064R1</c>.
/// </summary>
public sealed partial record DocumentNumber(string? Body, string Type, int Number, int? Revision, string? Series)
{
    // The strings and the id built from the five values, on first use, once a number (a number read in prose is shared by
    // every reference to the same characters on a thread, see DocumentReferenceScanner): not part of the record's value
    // (Equals, GetHashCode and the copy made by "with" below leave them out). Written at most once by each thread that
    // reads them, always with the same value.
    private string? canonical;
    private string? baseNumber;
    private DocumentId? id;
    private int hash;

    /// <summary>A copy for <c>with</c>: the five values, without the strings built from the original's.</summary>
    private DocumentNumber(DocumentNumber original)
    {
        Body = original.Body;
        Type = original.Type;
        Number = original.Number;
        Revision = original.Revision;
        Series = original.Series;
    }

    /// <summary>The canonical form: body, type, number padded to three digits, <c>Rn</c>, series.</summary>
    public string Canonical => canonical ??= BaseNumber + (Revision is { } r ? string.Create(CultureInfo.InvariantCulture, $"R{r}") : string.Empty) + (Series is null ? string.Empty : "/" + Series);

    /// <summary>The number without revision or series: <c>TSAG-TD064</c>.</summary>
    public string BaseNumber => baseNumber ??= BuildBaseNumber();

    /// <summary>The document's identity (<see cref="DocumentId.Of(DocumentNumber)"/>), built once a number.</summary>
    internal DocumentId Id => id ??= new DocumentId(Series is null ? BaseNumber : string.Create(CultureInfo.InvariantCulture, $"{BaseNumber}/{Series}"));

    /// <summary>Equal when the five values are (what the record compared before it kept the strings built from them).</summary>
    public bool Equals(DocumentNumber? other) =>
        ReferenceEquals(this, other)
        || (other is not null && string.Equals(Body, other.Body, StringComparison.Ordinal) && string.Equals(Type, other.Type, StringComparison.Ordinal)
            && Number == other.Number && Revision == other.Revision && string.Equals(Series, other.Series, StringComparison.Ordinal));

    public override int GetHashCode()
    {
        if (hash == 0)
        {
            hash = HashCode.Combine(Body, Type, Number, Revision, Series);
        }

        return hash;
    }

    private string BuildBaseNumber()
    {
        // Reports are numbered in a short series of their own, written without padding: TSAG-R2, SG17-R12.
        // (One string: the digits are formatted on the stack; an int takes at most 11 characters. "D3" and "D" write
        // what the custom formats "000" and "0" write for any int, without the custom formatter's parsing.)
        Span<char> digits = stackalloc char[16];
        Number.TryFormat(digits, out int written, IsReport ? "D" : "D3", CultureInfo.InvariantCulture);
        if (Body is null)
        {
            return string.Concat(Type, digits[..written]);
        }

        // Bodies that carry a hyphen themselves (WTSA-20) are separated by a space, as ITU writes them.
        return string.Concat(Body, Body.Contains('-', StringComparison.Ordinal) ? " " : "-", Type, digits[..written]);
    }

    /// <summary>True for a report number (<c>TSAG-R2</c>, <c>SG17-R12</c>).</summary>
    public bool IsReport => Type == "R";

    public override string ToString() => Canonical;

    /// <summary>Parses a whole string as a document number.</summary>
    public static bool TryParse(string? text, out DocumentNumber? number)
    {
        number = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        // A record's own number is parsed by the front matter's validation and again by the metadata's binding: the last
        // text this thread parsed gives its answer again (a number is immutable, and equal by value to a new parse).
        var last = lastParsed;
        if (last is not null && string.Equals(last.Value.Text, text, StringComparison.Ordinal))
        {
            number = last.Value.Number;
            return number is not null;
        }

        bool parsed = Parse(text, out number);
        lastParsed = (text, number);
        return parsed;
    }

    /// <summary>The last text <see cref="TryParse"/> read on this thread, and its number (null when it is not one).</summary>
    [ThreadStatic]
    private static (string Text, DocumentNumber? Number)? lastParsed;

    private static bool Parse(string text, out DocumentNumber? number)
    {
        number = null;

        var match = WholePattern().Match(text.Trim());
        if (!match.Success)
        {
            match = ReportPattern().Match(text.Trim());
            if (!match.Success)
            {
                return false;
            }
        }

        number = FromMatch(match);
        return true;
    }

    /// <summary>This number with <paramref name="defaultBody"/> filled in when none was written (<c>TD666R4</c> in a TSAG record).</summary>
    public DocumentNumber WithDefaultBody(string? defaultBody) =>
        Body is null && !string.IsNullOrEmpty(defaultBody) ? this with { Body = defaultBody } : this;

    internal static DocumentNumber FromMatch(Match match)
    {
        string? body = match.Groups["body"].Success ? NormalizeBody(match.Groups["body"].Value) : null;
        int number = int.Parse(match.Groups["num"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        int? revision = match.Groups["rev"].Success
            ? int.Parse(match.Groups["rev"].Value, NumberStyles.None, CultureInfo.InvariantCulture)
            : null;
        string? series = match.Groups["series"].Success ? match.Groups["series"].Value.ToUpperInvariant() : null;
        return new DocumentNumber(body, match.Groups["type"].Value, number, revision, series);
    }

    private static string NormalizeBody(string body) => body.Replace('\u2011', '-').ToUpperInvariant();

    /// <summary>The grammar of §3.2 of the ITU-T reference, anchored to the whole string.</summary>
    public const string Grammar =
        @"(?:(?<body>TSAG|SG[0-9]{1,2}|WTSA-[0-9]{2})[-\u2011 \u00A0]?)?(?<type>TD|C|LS)[ \u00A0]?(?<num>[0-9]{1,4})" +
        @"(?:(?:[-\u2011 \u00A0]?R|[ \u00A0]?Rev\.[ \u00A0]?)(?<rev>[0-9]{1,2}))?(?:/(?<series>PLEN|GEN|WP[0-9]{1,2}))?";

    /// <summary>
    /// A report of a study group or TSAG (<c>TSAG-R2</c>, <c>SG17-R12</c>): accepted as a record's own
    /// number only, never searched for in prose, where "R2" is far more often something else.
    /// </summary>
    public const string ReportGrammar =
        @"(?<body>TSAG|SG[0-9]{1,2})[-\u2011 \u00A0]?(?<type>R)[ \u00A0]?(?<num>[0-9]{1,3})";

    [GeneratedRegex("^" + Grammar + "$", RegexOptions.CultureInvariant)]
    private static partial Regex WholePattern();

    [GeneratedRegex("^" + ReportGrammar + "$", RegexOptions.CultureInvariant)]
    private static partial Regex ReportPattern();
}
