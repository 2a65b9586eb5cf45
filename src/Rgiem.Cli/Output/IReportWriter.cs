namespace Rgiem.Cli.Output;

/// <summary>Prints a <see cref="RunReport"/> in one output format.</summary>
internal interface IReportWriter
{
    void Write(RunReport report, TextWriter output, TextWriter error);
}
