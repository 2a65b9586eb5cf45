using System.Globalization;
using System.Text;
using Rgiem.Core.Diagnostics;

namespace Rgiem.Cli.Output;

/// <summary>
/// The job summary of a GitHub Actions step: with <c>--format github</c>, when the runner sets
/// GITHUB_STEP_SUMMARY, rgiem appends Markdown to the file it names: a heading with the summary line, then a
/// table of the diagnostics (severity, rule, place, message), at most <see cref="MaxRows"/> of them.
/// </summary>
internal static class StepSummary
{
    public const string Variable = "GITHUB_STEP_SUMMARY";

    public const int MaxRows = 100;

    /// <summary>Appends the summary of <paramref name="report"/> to <paramref name="path"/>; false (and why) when the file cannot be written.</summary>
    public static bool Append(string path, RunReport report, Verbosity verbosity, string workingDirectory, out string? problem)
    {
        try
        {
            File.AppendAllText(Path.GetFullPath(Path.Combine(workingDirectory, path)), Markdown(report, verbosity), new UTF8Encoding(false));
            problem = null;
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            problem = ex.Message;
            return false;
        }
    }

    public static string Markdown(RunReport report, Verbosity verbosity)
    {
        var text = new StringBuilder();
        text.Append("### rgiem ").Append(report.Summary).Append("\n\n");
        var shown = report.Shown(verbosity).ToList();
        if (shown.Count == 0)
        {
            text.Append(report.Errors + report.Warnings == 0 ? "No problems found.\n\n" : "\n");
            return text.ToString();
        }

        text.Append("| Severity | Rule | Where | Message |\n|---|---|---|---|\n");
        foreach (var diagnostic in shown.Take(MaxRows))
        {
            string where = ReportPosition.Of(diagnostic.Location) is { } position
                ? string.Create(CultureInfo.InvariantCulture, $"`{Cell(diagnostic.Location.Path)}:{position.Line}:{position.Column}`")
                : "(run)";
            string rule = ToolInfo.HelpUri(diagnostic.Descriptor) is { } uri ? $"[{diagnostic.Id}]({uri})" : diagnostic.Id;
            text.Append("| ").Append(Diagnostic.SeverityText(diagnostic.Severity))
                .Append(" | ").Append(rule)
                .Append(" | ").Append(where)
                .Append(" | ").Append(Cell(diagnostic.Message))
                .Append(" |\n");
        }

        if (shown.Count > MaxRows)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n… and {shown.Count - MaxRows} more: see the annotations and the step's log.\n");
        }

        return text.Append('\n').ToString();
    }

    /// <summary>Text safe in a Markdown table cell: one line, pipes and backticks escaped, HTML not interpreted.</summary>
    private static string Cell(string value) =>
        value.Replace("\r", string.Empty, StringComparison.Ordinal)
            .Replace("\n", " ", StringComparison.Ordinal)
            .Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("`", "'", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal);
}
