using System.Text.RegularExpressions;
using Rgiem.Core.Model;
using Inline = Rgiem.Core.Model.Inline;

namespace Rgiem.Core.Binding;

/// <summary>
/// Cross-references (pandoc-crossref's syntax): <c>{#sec:terms}</c> at the end of a heading gives it an id, and
/// <c>@fig:name</c>, <c>@tbl:name</c>, <c>@sec:name</c> in the text cite an id (<c>@Sec:name</c> at the start of a
/// sentence). The citations are cut out of the bound text runs; what they read is decided from the whole body
/// (<see cref="CrossReferences"/>), since a citation may come before its target.
/// </summary>
internal sealed partial class BodyBinder
{
    /// <summary>The title without a trailing <c>{#id}</c>, and the id (null without one).</summary>
    private static (IReadOnlyList<Inline> Title, string? Id) TakeTrailingId(IReadOnlyList<Inline> title)
    {
        if (title.Count == 0 || title[^1] is not TextRun last || !last.Text.Contains("{#", StringComparison.Ordinal)
            || TrailingAttributePattern().Match(last.Text) is not { Success: true } match)
        {
            return (title, null);
        }

        var rest = title.ToList();
        string text = last.Text[..match.Index].TrimEnd();
        if (text.Length == 0)
        {
            rest.RemoveAt(rest.Count - 1);
        }
        else
        {
            rest[^1] = last with { Text = text };
        }

        return (rest, match.Groups["id"].Value);
    }

    /// <summary>Replaces each <c>@fig:name</c> written in a text run with a <see cref="CrossReferenceRun"/>.</summary>
    private static List<Inline> SplitCrossReferences(List<Inline> inlines)
    {
        List<Inline>? result = null;
        for (int i = 0; i < inlines.Count; i++)
        {
            if (inlines[i] is not TextRun run || !run.Text.Contains('@', StringComparison.Ordinal))
            {
                result?.Add(inlines[i]);
                continue;
            }

            var matches = CitationPattern().Matches(run.Text);
            if (matches.Count == 0)
            {
                result?.Add(run);
                continue;
            }

            result ??= inlines.Take(i).ToList();
            int start = 0;
            foreach (Match match in matches)
            {
                if (match.Index > start)
                {
                    result.Add(Slice(run, start, match.Index));
                }

                string kind = match.Groups["kind"].Value;
                var at = Slice(run, match.Index, match.Index + match.Length).Location;
                result.Add(new CrossReferenceRun(char.ToLowerInvariant(kind[0]) + kind[1..] + ":" + match.Groups["name"].Value, char.IsUpper(kind[0]), at));
                start = match.Index + match.Length;
            }

            if (start < run.Text.Length)
            {
                result.Add(Slice(run, start, run.Text.Length));
            }
        }

        return result ?? inlines;
    }

    /// <summary>
    /// <c>@fig:name</c>, <c>@tbl:name</c>, <c>@sec:name</c> (capitalized for the start of a sentence), not inside a
    /// word or an e-mail address; the name ends before trailing punctuation ("see @fig:chart." cites <c>fig:chart</c>).
    /// </summary>
    [GeneratedRegex(@"(?<![\w@.+-])@(?<kind>[Ff]ig|[Tt]bl|[Ss]ec):(?<name>[A-Za-z0-9_](?:[A-Za-z0-9_.:-]*[A-Za-z0-9_])?)", RegexOptions.CultureInvariant)]
    private static partial Regex CitationPattern();
}
