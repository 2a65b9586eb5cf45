using System.Text.RegularExpressions;

namespace Rgiem.Cli.Output;

/// <summary>
/// The documentation of each diagnostic, read from docs/diagnostics.md (embedded in the tool at build time),
/// for SARIF rule metadata: the explanation as <c>fullDescription</c>, the whole entry with its examples as
/// <c>help</c>. A test keeps an entry for every ID in that file; a missing entry falls back to the title.
/// </summary>
internal sealed partial class RuleHelp
{
    private const string ResourceName = "Rgiem.Cli.diagnostics.md";

    private readonly Dictionary<string, (string Explanation, string Markdown)> entries;

    private RuleHelp(Dictionary<string, (string Explanation, string Markdown)> entries) => this.entries = entries;

    public static RuleHelp Load()
    {
        using var stream = typeof(RuleHelp).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            return new RuleHelp(new Dictionary<string, (string, string)>(StringComparer.Ordinal));
        }

        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    public static RuleHelp Parse(string markdown)
    {
        markdown = markdown.Replace("\r\n", "\n", StringComparison.Ordinal);
        var entries = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        var headings = HeadingPattern().Matches(markdown);
        for (int i = 0; i < headings.Count; i++)
        {
            int start = headings[i].Index + headings[i].Length;
            int end = i + 1 < headings.Count ? headings[i + 1].Index : markdown.Length;
            string body = markdown[start..end].Trim();
            entries[headings[i].Groups["id"].Value] = (Explanation(body), body);
        }

        return new RuleHelp(entries);
    }

    /// <summary>The paragraphs between the "Default severity" line and the "Bad:" example, joined.</summary>
    public string? FullDescription(string id) =>
        entries.TryGetValue(id, out var entry) && entry.Explanation.Length > 0 ? entry.Explanation : null;

    /// <summary>The whole entry in Markdown (severity, explanation, bad and good examples).</summary>
    public string? Markdown(string id) => entries.TryGetValue(id, out var entry) ? entry.Markdown : null;

    private static string Explanation(string body)
    {
        var paragraphs = body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var kept = new List<string>();
        foreach (string paragraph in paragraphs)
        {
            if (paragraph.StartsWith("Bad:", StringComparison.Ordinal) || paragraph.StartsWith("```", StringComparison.Ordinal))
            {
                break;
            }

            if (!paragraph.StartsWith("Default severity:", StringComparison.Ordinal))
            {
                kept.Add(paragraph.ReplaceLineEndings(" "));
            }
        }

        return string.Join("\n\n", kept);
    }

    [GeneratedRegex(@"^## (?<id>RG\d{4})\b[^\n]*\n", RegexOptions.Multiline | RegexOptions.ExplicitCapture)]
    private static partial Regex HeadingPattern();
}
