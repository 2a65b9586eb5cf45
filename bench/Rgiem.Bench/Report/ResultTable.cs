using System.Globalization;

namespace Rgiem.Bench.Report;

/// <summary>Prints the measurements as a Markdown table, with the ratios of rgiem build to pandoc.</summary>
internal static class ResultTable
{
    public static void Write(IReadOnlyList<ResultRow> rows, TextWriter output)
    {
        output.WriteLine("| records | tool | wall s | CPU s (user+sys) | peak RSS MB | processes | documents | failed | wall ratio | CPU ratio | RSS ratio |");
        output.WriteLine("|--:|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
        foreach (var row in rows)
        {
            var pandoc = rows.FirstOrDefault(r => r.Records == row.Records && r.Tool.StartsWith("pandoc", StringComparison.Ordinal));
            bool compared = pandoc is not null && row.Tool.StartsWith("rgiem build (", StringComparison.Ordinal);
            var sample = row.Sample;
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {row.Records} | {row.Tool} | {sample.Wall.TotalSeconds:F2} | {sample.Cpu.TotalSeconds:F2} | {sample.MaxRssMegabytes:F0} | {sample.Processes} | {row.Documents} | {sample.Failures} | {Ratio(compared, sample.Wall, pandoc?.Sample.Wall)} | {Ratio(compared, sample.Cpu, pandoc?.Sample.Cpu)} | {(compared ? (sample.MaxRssMegabytes / pandoc!.Sample.MaxRssMegabytes).ToString("F2", CultureInfo.InvariantCulture) : "")} |"));
        }
    }

    private static string Ratio(bool compared, TimeSpan rgiem, TimeSpan? pandoc) =>
        compared && pandoc is { } other && other > TimeSpan.Zero
            ? (rgiem / other).ToString("F3", CultureInfo.InvariantCulture)
            : string.Empty;
}
