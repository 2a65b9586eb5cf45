using System.Globalization;
using System.Text;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Text;

namespace Rgiem.Cli.Output;

/// <summary>
/// GitHub Actions workflow commands, one line per diagnostic, which the runner turns into annotations:
/// <c>::error file=PATH,line=L,col=C,endLine=L,endColumn=C,title=RG1234::message</c>. Info is <c>::notice</c>.
/// Values are escaped as the runner expects (actions/toolkit <c>command.ts</c>): <c>%</c>, CR and LF in the
/// message; also <c>:</c> and <c>,</c> in properties. Control characters from inputs (a terminal escape sequence) are shown
/// escaped first (<see cref="ControlCharacters"/>). Then what was written, as plain log lines, and the summary line
/// (<c>check: 7 records, 0 error(s), 2 warning(s), 1 info</c>) unless quiet.
/// </summary>
internal sealed class GitHubReportWriter(Verbosity verbosity = Verbosity.Normal) : IReportWriter
{
    public void Write(RunReport report, TextWriter output, TextWriter error)
    {
        foreach (var diagnostic in report.Shown(verbosity))
        {
            output.WriteLine(Format(diagnostic));
        }

        foreach (var written in report.WrittenShown(verbosity))
        {
            output.WriteLine($"wrote {ControlCharacters.Escape(written.DisplayPath)}");
        }

        if (verbosity != Verbosity.Quiet)
        {
            output.WriteLine(report.Summary);
        }
    }

    public static string Format(Diagnostic diagnostic)
    {
        string command = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "notice",
        };
        var line = new StringBuilder("::").Append(command).Append(' ');
        if (ReportPosition.Of(diagnostic.Location) is { } position)
        {
            line.Append("file=").Append(EscapeProperty(ControlCharacters.Escape(diagnostic.Location.Path)));
            line.Append(CultureInfo.InvariantCulture, $",line={position.Line},col={position.Column}");

            // GitHub's endColumn is the last column of the annotation (inclusive) and is used only when the
            // annotation is on one line; an empty span gets neither.
            if (position.EndLine == position.Line && position.EndColumn > position.Column)
            {
                line.Append(CultureInfo.InvariantCulture, $",endLine={position.EndLine},endColumn={position.EndColumn - 1}");
            }
            else if (position.EndLine > position.Line)
            {
                line.Append(CultureInfo.InvariantCulture, $",endLine={position.EndLine}");
            }

            line.Append(',');
        }

        line.Append("title=").Append(EscapeProperty(diagnostic.Id));
        line.Append("::").Append(EscapeData(ControlCharacters.Escape(diagnostic.Message)));
        return line.ToString();
    }

    public static string EscapeData(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);

    public static string EscapeProperty(string value) =>
        EscapeData(value)
            .Replace(":", "%3A", StringComparison.Ordinal)
            .Replace(",", "%2C", StringComparison.Ordinal);
}
