using System.Globalization;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Text;

namespace Rgiem.Cli.Output;

/// <summary>
/// Diagnostics for people: the canonical first line, then the source line with a caret under the span,
/// colour only when the terminal supports it, and a one-line summary. Quiet: errors and warnings only.
/// </summary>
internal sealed class HumanReportWriter(bool color, Verbosity verbosity = Verbosity.Normal) : IReportWriter
{
    private const string Red = "\u001b[31;1m";
    private const string Yellow = "\u001b[33;1m";
    private const string Cyan = "\u001b[36m";
    private const string Dim = "\u001b[2m";
    private const string Reset = "\u001b[0m";

    public void Write(RunReport report, TextWriter output, TextWriter error)
    {
        foreach (var diagnostic in report.Shown(verbosity))
        {
            WriteDiagnostic(diagnostic, report, output);
        }

        if (verbosity == Verbosity.Quiet)
        {
            return;
        }

        foreach (var written in report.Written)
        {
            output.WriteLine($"wrote {ControlCharacters.Escape(written.DisplayPath)} ({written.Bytes.ToString("N0", CultureInfo.InvariantCulture)} bytes)");
        }

        output.WriteLine(report.Summary);
    }

    private void WriteDiagnostic(Diagnostic diagnostic, RunReport report, TextWriter output)
    {
        string severity = Diagnostic.SeverityText(diagnostic.Severity);
        string colored = Paint(severity, diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => Red,
            DiagnosticSeverity.Warning => Yellow,
            _ => Cyan,
        });
        var location = diagnostic.Location;
        string where = location.HasPath
            ? string.Create(CultureInfo.InvariantCulture, $"{ControlCharacters.Escape(location.Path)}({location.Start.Line + 1},{location.Start.Character + 1}): ")
            : "rgiem: ";
        output.WriteLine($"{where}{colored} {diagnostic.Id}: {ControlCharacters.Escape(diagnostic.Message)}");
        if (location.HasPath && report.Sources.TryGetValue(location.Path, out var source) && location.Start.Line < source.LineCount && (location.Start != default || location.End != default))
        {
            WriteSnippet(source, location, output);
        }
    }

    private void WriteSnippet(SourceText source, SourceLocation location, TextWriter output)
    {
        string line = source.GetLineText(location.Start.Line).Replace('\t', ' ');
        string number = (location.Start.Line + 1).ToString(CultureInfo.InvariantCulture);
        string gutter = new(' ', number.Length);
        int start = Math.Min(location.Start.Character, line.Length);
        int end = location.End.Line == location.Start.Line ? Math.Min(location.End.Character, line.Length) : line.Length;
        int width = Math.Max(1, end - start);
        const int MaxWidth = 160;
        if (line.Length > MaxWidth)
        {
            int from = Math.Max(0, start - 40);
            line = string.Concat(from > 0 ? "…" : string.Empty, line.AsSpan(from, Math.Min(MaxWidth, line.Length - from)));
            start = start - from + (from > 0 ? 1 : 0);
            width = Math.Min(width, MaxWidth - start);
        }

        // Control characters are escaped piece by piece so that the caret stays under the span.
        string before = ControlCharacters.Escape(line[..start]);
        string span = ControlCharacters.Escape(line.Substring(start, Math.Min(width, line.Length - start)));
        string after = ControlCharacters.Escape(line[Math.Min(line.Length, start + width)..]);
        output.WriteLine(Paint($" {number} | ", Dim) + before + span + after);
        output.WriteLine(Paint($" {gutter} | ", Dim) + new string(' ', before.Length) + Paint(new string('^', Math.Max(1, span.Length)), Red));
    }

    private string Paint(string text, string code) => color ? code + text + Reset : text;
}
