using Rgiem.Cli.Tests.Support;
using Rgiem.Testing;
using Xunit.Abstractions;

namespace Rgiem.Cli.Tests.BadInput;

/// <summary>
/// Every bad input, through the real CLI entry point, with <c>check</c> and with <c>build</c>: a diagnostic
/// with a stable ID and a position (or a clean result), exit code 0 or 1, nothing printed but diagnostics,
/// in bounded time and memory, and no document (nor temporary file) written for a record with errors.
/// </summary>
[Collection(MeasuredCollection.Name)]
public sealed class BadInputTests(BadInputFolders folders, ITestOutputHelper log) : IClassFixture<BadInputFolders>
{
    /// <summary>Generous: the slowest case takes about 1 s on a loaded 2-core machine.</summary>
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(30);

    public static TheoryData<string, string> Runs
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var input in BadInputCases.All)
            {
                data.Add(input.Name, "check");
                data.Add(input.Name, "build");
            }

            return data;
        }
    }

    public static TheoryData<string> Names => new(BadInputCases.All.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Runs))]
    public void A_bad_input_gives_a_diagnostic_or_a_clean_result_in_bounded_time_and_memory(string name, string command)
    {
        var input = BadInputCases.Find(name);
        string folder = folders.For(input);
        using var output = new TempFolder();
        string[] args = command == "build"
            ? ["build", "--format", "msbuild", "--output", output.FullPath, input.Input]
            : ["check", "--format", "msbuild", input.Input];

        var run = CliRunner.Run(folder, args);
        log.WriteLine($"{name} {command}: {run}");

        Assert.True(run.ExitCode == input.ExitCode, $"expected exit code {input.ExitCode}, got {run}");
        Assert.True(run.StrayLines.Count == 0, $"printed something that is not a diagnostic: {run}");
        if (input.Expected is { } expected)
        {
            Assert.True(run.Diagnostics.Any(expected.Matches), $"expected {expected}, got {run}");
        }

        // Exit code 1 is errors in the records, 2 a path that holds none (RG0005): both are reported as errors.
        Assert.Equal(run.ExitCode != 0, run.Diagnostics.Any(d => d.Severity == "error"));

        Assert.True(run.Elapsed < TimeLimit, $"took {run.Elapsed}, more than {TimeLimit}: {run}");
        Assert.True(run.AllocatedMegabytes < input.MaxAllocatedMegabytes, $"allocated {run.AllocatedMegabytes:F1} MB, more than {input.MaxAllocatedMegabytes} MB");
        if (command == "build")
        {
            // The document and the build cache that remembers it; nothing when no document was written.
            Assert.Equal(input.WritesDocument ? [".rgiem-cache/checks-0", ".rgiem-cache/manifest", "TSAG-TD521.docx"] : [], output.Files());
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void The_human_format_prints_no_stack_trace_and_stays_short(string name)
    {
        var input = BadInputCases.Find(name);
        var run = CliRunner.Run(folders.For(input), "check", input.Input);
        log.WriteLine($"{name}: {run}");

        Assert.Equal(input.ExitCode, run.ExitCode);
        string printed = run.Output + run.Error;
        Assert.DoesNotContain("Exception", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", printed, StringComparison.Ordinal);
        Assert.True(printed.Length < 256 * 1024, $"printed {printed.Length:N0} characters");
    }
}
