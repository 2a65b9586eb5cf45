using System.Text.RegularExpressions;

namespace Rgiem.Cli.Tests.Support;

/// <summary>What one in-process run of the CLI printed and returned, and what it cost.</summary>
public sealed partial record CliRun(int ExitCode, string Output, string Error, TimeSpan Elapsed, long AllocatedBytes)
{
    public double AllocatedMegabytes => AllocatedBytes / (1024.0 * 1024.0);

    /// <summary>Runs the CLI in <paramref name="workingDirectory"/> (see <see cref="CliRunner"/>).</summary>
    public static CliRun Of(string workingDirectory, params string[] args) => CliRunner.Run(workingDirectory, args);

    public void Deconstruct(out int exitCode, out string output, out string error)
    {
        exitCode = ExitCode;
        output = Output;
        error = Error;
    }

    /// <summary>The diagnostics printed in the msbuild format, in order.</summary>
    public IReadOnlyList<PrintedDiagnostic> Diagnostics =>
        Lines(Output).Select(line => DiagnosticLine().Match(line)).Where(m => m.Success).Select(PrintedDiagnostic.From).ToList();

    /// <summary>Lines that are neither a diagnostic, a "wrote" line nor a summary: anything rgiem should not print.</summary>
    public IReadOnlyList<string> StrayLines =>
        Lines(Output).Concat(Lines(Error))
            .Where(line => !DiagnosticLine().IsMatch(line) && !line.StartsWith("wrote ", StringComparison.Ordinal) && !SummaryLine().IsMatch(line) && !ProgressLine().IsMatch(line))
            .ToList();

    public override string ToString() =>
        $"exit {ExitCode} in {Elapsed.TotalMilliseconds:F0} ms, {AllocatedMegabytes:F1} MB allocated\n--- stdout\n{Shorten(Output)}\n--- stderr\n{Shorten(Error)}";

    private static IEnumerable<string> Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r'));

    private static string Shorten(string text) => text.Length > 4000 ? text[..4000] + "…" : text;

    /// <summary>The progress line a slow build prints on standard error after a second ("building: 2/8 records checked and rendered (1.9 s)").</summary>
    [GeneratedRegex(@"^building: \d+/\d+ records? ")]
    private static partial Regex ProgressLine();

    [GeneratedRegex(@"^(?:(?<path>[^()]+)\((?<line>\d+),(?<column>\d+)\)|rgiem): (?<severity>error|warning|info) (?<id>RG\d{4}): (?<message>.+)$")]
    internal static partial Regex DiagnosticLine();

    [GeneratedRegex(@"^(build|check): \d+ records?, \d+ error\(s\), \d+ warning\(s\), \d+ info$")]
    private static partial Regex SummaryLine();
}
