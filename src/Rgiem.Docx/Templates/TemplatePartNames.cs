namespace Rgiem.Docx.Templates;

/// <summary>
/// The part-name grammar of Open Packaging Conventions (ECMA-376 Part 2, "Part Names":
/// a part name is a URI path of non-empty segments of RFC 3986 <c>pchar</c>s, no segment is <c>.</c> or <c>..</c>
/// or ends with a dot, percent-encoded slashes, backslashes and unreserved characters are not allowed, and two
/// part names that differ only in ASCII case are the same part). A zip entry name is a part name without its
/// leading slash. Anything else — <c>../</c>, an absolute path, a backslash, a drive letter, a control character —
/// is refused (RG8025): a consumer could write it outside its folder, and LibreOffice cannot open the result.
/// </summary>
internal static class TemplatePartNames
{
    /// <summary>The zip item that is not a part: the content types stream.</summary>
    public const string ContentTypes = "[Content_Types].xml";

    /// <summary>The folder Word 2007 leaves unused parts in; no consumer reads it and rgiem drops it.</summary>
    public const string WordTrash = "[trash]/";

    /// <summary>Why <paramref name="name"/> is not a valid zip item name for a part, or null when it is.</summary>
    public static string? Problem(string name)
    {
        if (name.Length == 0)
        {
            return "it is empty";
        }

        if (name[0] is '/' or '\\' || (name.Length > 1 && name[1] == ':'))
        {
            return "it is an absolute path";
        }

        if (name.Contains('\\', StringComparison.Ordinal))
        {
            return "it holds a backslash";
        }

        foreach (string segment in name.Split('/'))
        {
            if (segment.Length == 0)
            {
                return "it has an empty segment ('//' or a trailing '/')";
            }

            if (segment is "." or "..")
            {
                return "it has a '" + segment + "' segment";
            }

            if (segment.EndsWith('.'))
            {
                return "a segment ends with a dot";
            }

            for (int i = 0; i < segment.Length; i++)
            {
                char c = segment[i];
                if (c == '%')
                {
                    if (i + 2 >= segment.Length || !char.IsAsciiHexDigit(segment[i + 1]) || !char.IsAsciiHexDigit(segment[i + 2]))
                    {
                        return "it has a '%' that is not a percent-encoding";
                    }

                    char decoded = (char)Convert.ToInt32(segment.Substring(i + 1, 2), 16);
                    if (decoded is '/' or '\\' || IsUnreserved(decoded))
                    {
                        return "it percent-encodes '" + decoded + "'";
                    }

                    i += 2;
                }
                else if (!IsPchar(c))
                {
                    return c < 0x20 || c == 0x7F
                        ? "it holds a control character"
                        : "it holds '" + c + "', which a part name may not";
                }
            }
        }

        return null;
    }

    private static bool IsUnreserved(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~';

    // RFC 3986 pchar = unreserved / pct-encoded / sub-delims / ":" / "@"
    private static bool IsPchar(char c) => IsUnreserved(c) || c is '!' or '$' or '&' or '\'' or '(' or ')' or '*' or '+' or ',' or ';' or '=' or ':' or '@';
}
