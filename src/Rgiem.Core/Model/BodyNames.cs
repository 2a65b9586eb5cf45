using System.Globalization;
using System.Text.RegularExpressions;
using Rgiem.Core.References;

namespace Rgiem.Core.Model;

/// <summary>
/// Group and body names as ITU writes them: a group is <c>RG-IEM</c>, <c>WP2/TSAG</c>, <c>Q4/19</c>,
/// <c>SG17</c>, <c>JCA-AHF</c> or <c>FG-AI4H</c>; a parent body has a code used in document numbers
/// (<c>SG17</c>, <c>TSAG</c>) and a long name printed on the cover (<c>STUDY GROUP 17</c>).
/// </summary>
public static partial class BodyNames
{
    /// <summary>The grammar of a group name: letters and digits in parts joined by hyphens or one slash (<c>WP2/TSAG</c>).</summary>
    public const string GroupGrammar = @"[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*(?:/[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*)?";

    /// <summary>True when <paramref name="name"/> is a group name as ITU writes it.</summary>
    public static bool IsGroupName(string name) => GroupPattern().IsMatch(name);

    /// <summary>
    /// The prefix of a group's action identifiers: the name before the slash (<c>WP2</c> for <c>WP2/TSAG</c>,
    /// <c>Q4</c> for <c>Q4/19</c>), the name itself otherwise (<c>RG-IEM</c>).
    /// </summary>
    public static string? ActionPrefix(string? group)
    {
        if (string.IsNullOrWhiteSpace(group))
        {
            return null;
        }

        int slash = group.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 ? group[..slash] : group;
    }

    /// <summary>The code of a parent body in document numbers: <c>SG17</c> for "STUDY GROUP 17", <c>TSAG</c>; the name as written otherwise.</summary>
    public static string? Code(string? parent) =>
        string.IsNullOrWhiteSpace(parent) ? null : DocumentIndex.BodyOfParent(parent) ?? parent.Trim();

    /// <summary>The name of a parent body on the cover: <c>STUDY GROUP 17</c> for SG17, <c>TSAG</c>; the name in capitals otherwise.</summary>
    public static string LongName(string? parent)
    {
        if (string.IsNullOrWhiteSpace(parent))
        {
            return string.Empty;
        }

        var match = StudyGroupPattern().Match(parent.Trim());
        return match.Success
            ? "STUDY GROUP " + int.Parse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)
            : parent.Trim().ToUpperInvariant();
    }

    /// <summary>
    /// The body named in full, as a report's cover writes it: "TELECOMMUNICATION STANDARDIZATION ADVISORY GROUP"
    /// for TSAG, "STUDY GROUP 17" for SG17.
    /// </summary>
    public static string FullName(string? parent) =>
        string.Equals(Code(parent), "TSAG", StringComparison.Ordinal) ? "TELECOMMUNICATION STANDARDIZATION ADVISORY GROUP" : LongName(parent);

    /// <summary>The study group number of a parent body (17 for SG17 or STUDY GROUP 17), or null.</summary>
    public static int? StudyGroup(string? parent)
    {
        var match = StudyGroupPattern().Match(parent?.Trim() ?? string.Empty);
        return match.Success ? int.Parse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex("^" + GroupGrammar + "$", RegexOptions.CultureInvariant)]
    private static partial Regex GroupPattern();

    [GeneratedRegex(@"^(?:SG\s?|STUDY\s+GROUP\s+)([0-9]{1,2})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StudyGroupPattern();
}
