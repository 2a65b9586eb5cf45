namespace Rgiem.Cli.Output;

/// <summary>Picks the writer for an output format.</summary>
internal static class ReportWriters
{
    public static IReportWriter For(OutputFormat format, bool color) => format switch
    {
        OutputFormat.MsBuild => new MsBuildReportWriter(),
        _ => new HumanReportWriter(color),
    };
}
