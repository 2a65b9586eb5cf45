using System.Text.RegularExpressions;

namespace Rgiem.Cli.Tests;

/// <summary>
/// Checks lines of <c>--format github</c>: each diagnostic is <c>::error|warning|notice PROPS::MESSAGE</c>,
/// PROPS a comma-separated list of known <c>key=value</c> pairs whose values hold no raw ':' ',' CR or LF;
/// the other lines are "wrote …" and the summary line, which must not start with "::".
/// </summary>
internal static partial class GitHubCommandValidator
{
    private static readonly string[] Keys = ["file", "line", "col", "endLine", "endColumn", "title"];

    public static IReadOnlyList<string> Validate(string output)
    {
        var problems = new List<string>();
        foreach (string line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.StartsWith("wrote ", StringComparison.Ordinal) || SummaryLine().IsMatch(line))
            {
                continue;
            }

            var match = Command().Match(line);
            if (!match.Success)
            {
                problems.Add("not a workflow command: " + line);
                continue;
            }

            var properties = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (string property in match.Groups["props"].Value.Split(','))
            {
                int equals = property.IndexOf('=', StringComparison.Ordinal);
                string key = equals > 0 ? property[..equals] : property;
                if (equals <= 0 || !Keys.Contains(key) || !properties.TryAdd(key, property[(equals + 1)..]))
                {
                    problems.Add($"bad property '{property}' in: {line}");
                }
            }

            if (!properties.TryGetValue("title", out string? title) || !Id().IsMatch(title))
            {
                problems.Add("no title=RGnnnn in: " + line);
            }

            foreach (string number in new[] { "line", "col", "endLine", "endColumn" })
            {
                if (properties.TryGetValue(number, out string? value) && (!int.TryParse(value, out int n) || n < 1))
                {
                    problems.Add($"{number} is not a positive number in: {line}");
                }
            }

            if (properties.ContainsKey("line") != properties.ContainsKey("file"))
            {
                problems.Add("line without file, or file without line, in: " + line);
            }

            if (match.Groups["message"].Value.Contains('\r', StringComparison.Ordinal))
            {
                problems.Add("raw CR in message: " + line);
            }
        }

        return problems;
    }

    [GeneratedRegex(@"^::(?<command>error|warning|notice) (?<props>[^:\r\n]+)::(?<message>.+)$", RegexOptions.ExplicitCapture)]
    private static partial Regex Command();

    [GeneratedRegex(@"^RG\d{4}$")]
    private static partial Regex Id();

    [GeneratedRegex(@"^(build|check): \d+ records?, \d+ error\(s\), \d+ warning\(s\), \d+ info$")]
    private static partial Regex SummaryLine();
}
