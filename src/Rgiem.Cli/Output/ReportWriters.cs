namespace Rgiem.Cli.Output;

/// <summary>Picks the writer for an output format.</summary>
internal static class ReportWriters
{
    public static IReportWriter For(OutputFormat format, bool color, string workingDirectory) => format switch
    {
        OutputFormat.MsBuild => new MsBuildReportWriter(),
        OutputFormat.GitHub => new GitHubReportWriter(),
        OutputFormat.Json => new JsonReportWriter(),
        OutputFormat.Sarif => new SarifReportWriter(workingDirectory),
        _ => new HumanReportWriter(color),
    };
}
