using System.Globalization;

namespace Rgiem.Bench.Report;

/// <summary>
/// The goals of issue 21, each with the figure the issue started from, this run's figure, the goal and the ratio of
/// the two (below 1 is better for times and memory, above 1 for the speed-up over pandoc). A goal whose rows this
/// run did not measure (no pandoc, no one-record corpus…) says so.
/// </summary>
internal static class GoalTable
{
    public static void Write(IReadOnlyList<ResultRow> rows, string variant, TextWriter output)
    {
        int largest = rows.Max(r => r.Records);
        ResultRow? Row(int records, string tool) => rows.FirstOrDefault(r => r.Records == records && r.Tool == tool);
        ResultRow? Pandoc(int records) => rows.FirstOrDefault(r => r.Records == records && r.Tool.StartsWith("pandoc", StringComparison.Ordinal));

        output.WriteLine($"Goals of issue 21 (rgiem: {variant}; \"issue\" is the figure the issue was filed with, on its own corpus):");
        output.WriteLine();
        output.WriteLine("| goal | issue | this run | goal | ratio to goal | met |");
        output.WriteLine("|---|--:|--:|--:|--:|---|");

        var start = Row(1, $"rgiem build ({variant})");
        var pandocOne = Pandoc(1);
        Line(output, "one record, cold, as installed: rgiem ÷ pandoc (wall)", "6.2–7.4×", start is null || pandocOne is null ? null : start.Sample.Wall / pandocOne.Sample.Wall, 0.5, lowerIsBetter: true, "F2", "×",
            start is null || pandocOne is null ? null : string.Create(CultureInfo.InvariantCulture, $"{start.Sample.Wall.TotalMilliseconds:F0} ms vs pandoc {pandocOne.Sample.Wall.TotalMilliseconds:F0} ms"));

        var check = Row(largest, $"rgiem check ({variant})");
        Line(output, string.Create(CultureInfo.InvariantCulture, $"check, CPU a record ({largest} records)"), "2.7 ms", check is null ? null : check.Sample.Cpu.TotalMilliseconds / largest, 0.5, lowerIsBetter: true, "F2", " ms",
            check is null ? null : string.Create(CultureInfo.InvariantCulture, $"{check.Sample.Wall.TotalSeconds:F2} s wall, {check.Sample.Cpu.TotalSeconds:F2} s CPU"));

        var build = Row(largest, $"rgiem build ({variant})");
        var pandocAll = Pandoc(largest);
        Line(output, string.Create(CultureInfo.InvariantCulture, $"clean build, pandoc ÷ rgiem (wall, {largest} records)"), "16×", build is null || pandocAll is null ? null : pandocAll.Sample.Wall / build.Sample.Wall, 100, lowerIsBetter: false, "F1", "×",
            build is null ? null : string.Create(CultureInfo.InvariantCulture, $"rgiem {build.Sample.Wall.TotalSeconds:F2} s wall, {build.Sample.Cpu.TotalSeconds:F2} s CPU; pandoc {(pandocAll is null ? "not run" : pandocAll.Sample.Wall.TotalSeconds.ToString("F0", CultureInfo.InvariantCulture) + " s")}"));
        Line(output, string.Create(CultureInfo.InvariantCulture, $"clean build, peak RSS ({largest} records)"), "306 MB", build?.Sample.MaxRssMegabytes, 200, lowerIsBetter: true, "F0", " MB", null);

        var noop = Row(largest, $"rgiem build, no change ({variant})");
        Line(output, string.Create(CultureInfo.InvariantCulture, $"no-op rebuild ({largest} records)"), "0.25 s", noop?.Sample.Wall.TotalSeconds, 0.25, lowerIsBetter: true, "F2", " s", "held at the issue's figure");

        var edited = Row(largest, $"rgiem build, 1 edited ({variant})");
        Line(output, string.Create(CultureInfo.InvariantCulture, $"one edited record ({largest} records)"), "5.1 s", edited?.Sample.Wall.TotalSeconds, 0.5, lowerIsBetter: true, "F2", " s",
            edited is null ? null : string.Create(CultureInfo.InvariantCulture, $"{edited.Sample.Cpu.TotalSeconds:F2} s CPU"));
    }

    private static void Line(TextWriter output, string goal, string issue, double? value, double target, bool lowerIsBetter, string format, string unit, string? note)
    {
        string Show(double v) => v.ToString(format, CultureInfo.InvariantCulture) + unit;
        string comparison = lowerIsBetter ? "≤ " : "≥ ";
        if (value is not { } measured)
        {
            output.WriteLine($"| {goal} | {issue} | not measured | {comparison}{Show(target)} | | |");
            return;
        }

        double ratio = measured / target;
        bool met = lowerIsBetter ? measured <= target : measured >= target;
        output.WriteLine($"| {goal} | {issue} | {Show(measured)}{(note is null ? string.Empty : " (" + note + ")")} | {comparison}{Show(target)} | {ratio.ToString("F2", CultureInfo.InvariantCulture)} | {(met ? "yes" : "no")} |");
    }
}
