using System.Diagnostics;
using Rgiem.Core.Compilation;
using Rgiem.Docx;
using Rgiem.Testing;

namespace Rgiem.Docx.Tests;

/// <summary>Identical input gives identical bytes: in one process, and across processes whose clock zone differs.</summary>
public class DeterminismTests
{
    [Theory]
    [MemberData(nameof(SampleDocuments.Names), MemberType = typeof(SampleDocuments))]
    public void Rendering_a_sample_again_gives_the_same_bytes(string name)
    {
        var sample = SampleDocuments.Get(name);
        var again = new DocxRenderer().Render(sample.Record, sample.BaseDirectory).Content;
        Assert.Equal(sample.Docx, again);
    }

    [Fact]
    public void Compiling_and_rendering_from_scratch_gives_the_same_bytes()
    {
        var compilation = Compiler.Compile(new CompilationOptions([RepoPaths.RgIemSamples], RepoPaths.Root, MaxDegreeOfParallelism: 1));
        var renderer = new DocxRenderer();
        foreach (var compiled in compilation.Records)
        {
            var record = compiled.Bound!.Record;
            string name = Path.GetFileNameWithoutExtension(OutputNaming.FileName(record, compiled.FullPath, ".docx"));
            Assert.Equal(SampleDocuments.Get(name).Docx, renderer.Render(record, Path.GetDirectoryName(compiled.FullPath)!).Content);
        }
    }

    [Fact]
    public void The_cli_in_two_processes_with_different_time_zones_writes_the_same_bytes_as_the_renderer()
    {
        string root = Path.Combine(Path.GetTempPath(), "rgiem-determinism-" + Guid.NewGuid().ToString("N"));
        try
        {
            string first = Path.Combine(root, "utc");
            string second = Path.Combine(root, "kiritimati");
            RunCli(first, new Dictionary<string, string> { ["TZ"] = "UTC", ["LC_ALL"] = "C" });
            RunCli(second, new Dictionary<string, string> { ["TZ"] = "Pacific/Kiritimati", ["LC_ALL"] = "de_DE.UTF-8" });

            var names = Directory.GetFiles(first, "*.docx").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(SampleDocuments.Rendered.Select(s => s.Name + ".docx").Order(StringComparer.Ordinal), names);
            foreach (string? file in names)
            {
                byte[] a = File.ReadAllBytes(Path.Combine(first, file!));
                byte[] b = File.ReadAllBytes(Path.Combine(second, file!));
                Assert.True(a.AsSpan().SequenceEqual(b), file + " differs between the two processes");
                Assert.True(a.AsSpan().SequenceEqual(SampleDocuments.Get(Path.GetFileNameWithoutExtension(file!)).Docx), file + " from the CLI differs from the in-process rendering");
            }
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    /// <summary>Runs the built CLI (rgiem.dll beside this test assembly) as `rgiem build samples/rg-iem -o output`.</summary>
    private static void RunCli(string output, Dictionary<string, string> environment)
    {
        string cli = Path.Combine(AppContext.BaseDirectory, "rgiem.dll");
        Assert.True(File.Exists(cli), "The CLI is not built beside the tests: " + cli);
        var info = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepoPaths.Root,
        };
        foreach (string argument in new[] { cli, "build", RepoPaths.RgIemSamples, "--output", output })
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("rgiem build did not finish within 120 s");
        }

        Assert.True(process.ExitCode == 0, $"rgiem build exited with {process.ExitCode}:\n{stdout.Result}\n{stderr.Result}");
    }

    private static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        if (Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet")
        {
            return path;
        }

        return "dotnet";
    }
}
