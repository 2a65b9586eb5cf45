namespace Rgiem.Cli.Output;

/// <summary>Picks the writer for an output format.</summary>
internal static class ReportWriters
{
    public static IReportWriter For(OutputFormat format, bool color, string workingDirectory, Verbosity verbosity = Verbosity.Normal) => format switch
    {
        OutputFormat.MsBuild => new MsBuildReportWriter(verbosity),
        OutputFormat.GitHub => new GitHubReportWriter(verbosity),
        OutputFormat.Json => new JsonReportWriter(verbosity),
        OutputFormat.Sarif => new SarifReportWriter(workingDirectory, verbosity),
        _ => new HumanReportWriter(color, verbosity),
    };
}
