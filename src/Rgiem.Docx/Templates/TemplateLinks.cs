namespace Rgiem.Docx.Templates;

/// <summary>
/// Hyperlink targets a template may keep: web pages and mail addresses. A link to a local file (<c>file:</c>,
/// a drive or an absolute path) or to a network share (<c>\\server\share</c>, which Windows opens with the
/// reader's credentials) is refused.
/// </summary>
internal static class TemplateLinks
{
    public static bool IsLocal(string target)
    {
        string t = target.Trim();
        return t.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
            || t.StartsWith(@"\\", StringComparison.Ordinal)
            || t.StartsWith("//", StringComparison.Ordinal)
            || t.StartsWith('/')
            || (t.Length > 1 && t[1] == ':' && char.IsAsciiLetter(t[0]));
    }
}
