using System.Text;
using System.Text.RegularExpressions;

namespace Rgiem.Core.Repository;

/// <summary>
/// The globs of <c>covers</c>: <c>*</c> matches within one folder name, <c>?</c> one character of it, and
/// <c>**</c> any number of folders (<c>meetings/**/*.md</c>). Matching is on full paths with forward slashes,
/// case-sensitive, as the file system of a git repository on Linux.
/// </summary>
public static class GlobPattern
{
    public static Regex ToRegex(string fullPattern)
    {
        string pattern = Normalize(fullPattern);
        var regex = new StringBuilder("^");
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                bool slashAfter = i + 2 < pattern.Length && pattern[i + 2] == '/';
                regex.Append(slashAfter ? "(?:[^/]+/)*" : ".*");
                i += slashAfter ? 2 : 1;
            }
            else if (c == '*')
            {
                regex.Append("[^/]*");
            }
            else if (c == '?')
            {
                regex.Append("[^/]");
            }
            else
            {
                regex.Append(Regex.Escape(new string(c, 1)));
            }
        }

        regex.Append('$');
        return new Regex(regex.ToString(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>A path with forward slashes, as the patterns are written.</summary>
    public static string Normalize(string path) => path.Replace(Path.DirectorySeparatorChar, '/');
}
