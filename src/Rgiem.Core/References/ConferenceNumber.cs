using System.Globalization;
using System.Text.RegularExpressions;

namespace Rgiem.Core.References;

/// <summary>
/// The number of a conference document (WTSA, PP): <c>WTSA16/44(Add.9)</c> is Addendum 9 to Document 44
/// of WTSA-16, <c>WTSA-20/98(Rev.1)</c> Revision 1 to Document 98 of WTSA-20. A language suffix (<c>-E</c>)
/// may be written; the canonical form leaves it out.
/// </summary>
public sealed partial record ConferenceNumber(string Conference, int Year, int Document, int? Addendum, int? Revision)
{
    /// <summary>The conference with its year as ITU names it: <c>WTSA-16</c>, <c>PP-22</c>.</summary>
    public string Acronym => Conference + "-" + Year.ToString("00", CultureInfo.InvariantCulture);

    /// <summary>The canonical form: <c>WTSA16/44(Add.9)</c>.</summary>
    public string Canonical =>
        Conference + Year.ToString("00", CultureInfo.InvariantCulture) + "/" + Document.ToString(CultureInfo.InvariantCulture)
        + (Addendum is { } a ? string.Create(CultureInfo.InvariantCulture, $"(Add.{a})") : string.Empty)
        + (Revision is { } r ? string.Create(CultureInfo.InvariantCulture, $"(Rev.{r})") : string.Empty);

    /// <summary>The conference's name in full: "World Telecommunication Standardization Assembly".</summary>
    public string ConferenceName => Conference switch
    {
        "WTSA" => "World Telecommunication Standardization Assembly",
        "PP" => "Plenipotentiary Conference",
        "WTDC" => "World Telecommunication Development Conference",
        _ => Conference,
    };

    /// <summary>The document line of the cover: "Addendum 9 to Document 44-E", "Revision 1 to Document 98-E", "Document 44-E".</summary>
    public string DocumentLine(string languageLetter)
    {
        string document = string.Create(CultureInfo.InvariantCulture, $"Document {Document}-{languageLetter}");
        var parts = new List<string>();
        if (Revision is { } r)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"Revision {r} to"));
        }

        if (Addendum is { } a)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"Addendum {a} to"));
        }

        parts.Add(document);
        return string.Join(' ', parts);
    }

    public override string ToString() => Canonical;

    public static bool TryParse(string? text, out ConferenceNumber? number)
    {
        number = null;
        var match = Pattern().Match(text?.Trim() ?? string.Empty);
        if (!match.Success)
        {
            return false;
        }

        static int? Optional(Group group) => group.Success ? int.Parse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture) : null;
        number = new ConferenceNumber(
            match.Groups["conf"].Value.ToUpperInvariant(),
            int.Parse(match.Groups["yy"].Value, NumberStyles.None, CultureInfo.InvariantCulture),
            int.Parse(match.Groups["doc"].Value, NumberStyles.None, CultureInfo.InvariantCulture),
            Optional(match.Groups["add"]),
            Optional(match.Groups["rev"]));
        return true;
    }

    /// <summary>WTSA16/44(Add.9), WTSA-20/98(Rev.1)-E, PP22/12(Add.3)(Rev.1).</summary>
    public const string Grammar =
        @"(?<conf>WTSA|PP|WTDC)-?(?<yy>[0-9]{2})/(?<doc>[0-9]{1,4})(?:\(Add\.\s?(?<add>[0-9]{1,3})\))?(?:\(Rev\.\s?(?<rev>[0-9]{1,2})\))?(?:-[EFSACR])?";

    [GeneratedRegex("^" + Grammar + "$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
