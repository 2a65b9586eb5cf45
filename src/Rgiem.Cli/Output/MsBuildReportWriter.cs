using Rgiem.Core.Text;

namespace Rgiem.Cli.Output;

/// <summary>One canonical line per diagnostic (<c>path(line,col): error RG1234: message</c>), then what was written; control characters from inputs escaped.</summary>
internal sealed class MsBuildReportWriter(Verbosity verbosity = Verbosity.Normal) : IReportWriter
{
    public void Write(RunReport report, TextWriter output, TextWriter error)
    {
        foreach (var diagnostic in report.Shown(verbosity))
        {
            output.WriteLine(diagnostic.ToString());
        }

        foreach (var written in report.WrittenShown(verbosity))
        {
            output.WriteLine($"wrote {ControlCharacters.Escape(written.DisplayPath)}");
        }
    }
}
