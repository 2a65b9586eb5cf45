using Rgiem.Cli.Tests.Support;
using Rgiem.Testing;

namespace Rgiem.Cli.Tests.BadInput;

/// <summary>
/// <c>build</c> never leaves a partial document or a temporary file, keeps a previous good output when the
/// record breaks, and explains an output it cannot write (RG0007) with exit code 1.
/// </summary>
public sealed class OutputSafetyTests : IDisposable
{
    private const string RecordName = "2024-07-geneva-report.md";
    private const string Output = "out/TSAG-TD521.docx";
    private const string CacheManifest = "out/.rgiem-cache/manifest";

    private const string CacheChecks = "out/.rgiem-cache/checks-0";

    private readonly TempFolder folder = new();

    public OutputSafetyTests()
    {
        File.Copy(Path.Combine(RepoPaths.RgIemSamples, RecordName), folder.Combine(RecordName));
        File.Copy(Path.Combine(RepoPaths.RgIemSamples, "rgiem.yaml"), folder.Combine("rgiem.yaml"));
    }

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("unclosed", "RG1001")]
    [InlineData("syntax-error", "RG1002")]
    [InlineData("only-dashes", "RG1001")]
    public void Malformed_front_matter_keeps_the_previous_output_and_writes_nothing(string breakage, string id)
    {
        Assert.Equal(0, Build().ExitCode);
        string output = folder.Combine(Output);
        byte[] before = File.ReadAllBytes(output);
        var writtenAt = File.GetLastWriteTimeUtc(output);
        byte[] cache = File.ReadAllBytes(folder.Combine(CacheManifest));
        Break(breakage);

        var run = Build();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.Diagnostics, d => d.Id == id && d.Path == RecordName && d.Line >= 1 && d.Column >= 1);

        // The first build's output and its build cache, both untouched.
        Assert.Equal([RecordName, CacheChecks, CacheManifest, Output, "rgiem.yaml"], folder.Files());
        Assert.Equal(cache, File.ReadAllBytes(folder.Combine(CacheManifest)));
        Assert.Equal(before, File.ReadAllBytes(output));
        Assert.Equal(writtenAt, File.GetLastWriteTimeUtc(output));
    }

    [Fact]
    public void Malformed_front_matter_without_a_previous_output_creates_no_file_or_folder()
    {
        Break("syntax-error");

        var run = Build();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.Diagnostics, d => d.Id == "RG1002" && d.Line == 8);
        Assert.Equal([RecordName, "rgiem.yaml"], folder.Files());
        Assert.False(Directory.Exists(folder.Combine("out")));
    }

    [SkippableFact]
    public void A_read_only_output_folder_is_RG0007_with_exit_code_1()
    {
        Directory.CreateDirectory(folder.Combine("out"));
        using (var readOnly = ReadOnlyPath.Folder(folder.Combine("out"), out string reason))
        {
            Skip.If(readOnly is null, reason);

            var run = Build();

            Assert.Equal(1, run.ExitCode);
            var diagnostic = Assert.Single(run.Diagnostics, d => d.Severity == "error");
            Assert.Equal(("RG0007", RecordName), (diagnostic.Id, diagnostic.Path));
            Assert.Equal("Cannot write 'out/TSAG-TD521.docx': permission denied on the folder 'out' (read-only or not yours); check its permissions or choose another output folder", diagnostic.Message);
        }

        Assert.Equal([RecordName, "rgiem.yaml"], folder.Files());
    }

    [Fact]
    public void An_output_path_that_is_a_folder_is_RG0007_and_the_folder_is_left_alone()
    {
        Directory.CreateDirectory(folder.Combine(Output));

        var run = Build();

        Assert.Equal(1, run.ExitCode);
        var diagnostic = Assert.Single(run.Diagnostics, d => d.Severity == "error");
        Assert.Equal("RG0007", diagnostic.Id);
        Assert.Contains("a folder of that name is in the way", diagnostic.Message, StringComparison.Ordinal);
        Assert.True(Directory.Exists(folder.Combine(Output)));
        Assert.Equal([RecordName, "rgiem.yaml"], folder.Files());
    }

    [Fact]
    public void An_output_folder_that_is_a_file_is_RG0007()
    {
        folder.Write("out", "notes");

        var run = Build();

        Assert.Equal(1, run.ExitCode);
        var diagnostic = Assert.Single(run.Diagnostics, d => d.Severity == "error");
        Assert.Equal("RG0007", diagnostic.Id);
        Assert.Contains("'out' is a file, not a folder", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("notes", File.ReadAllText(folder.Combine("out")));
    }

    [Fact]
    public void A_byte_order_mark_and_CRLF_or_CR_line_ends_give_the_same_document()
    {
        Assert.Equal(0, Build().ExitCode);
        byte[] expected = File.ReadAllBytes(folder.Combine(Output));
        string text = File.ReadAllText(folder.Combine(RecordName));
        var variants = new Dictionary<string, byte[]>
        {
            ["bom"] = [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(text)],
            ["crlf"] = System.Text.Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal)),
            ["cr"] = System.Text.Encoding.UTF8.GetBytes(text.Replace('\n', '\r')),
        };

        foreach (var (name, bytes) in variants)
        {
            File.WriteAllBytes(folder.Combine(RecordName), bytes);
            var run = Build("--output", "out-" + name);
            Assert.True(run.ExitCode == 0, $"{name}: {run}");
            Assert.True(expected.AsSpan().SequenceEqual(File.ReadAllBytes(folder.Combine($"out-{name}/TSAG-TD521.docx"))), $"{name}: the document differs");
        }
    }

    [Theory]
    [InlineData("build", "--format", "xml")]
    [InlineData("frobnicate")]
    public void A_usage_error_exits_with_2_and_a_message_without_a_stack_trace(params string[] args)
    {
        var run = CliRunner.Run(folder.FullPath, args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("rgiem: ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Output + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_input_path_exits_with_2_and_RG0006()
    {
        var run = CliRunner.Run(folder.FullPath, "check", "--format", "msbuild", "no-such-folder");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("RG0006", Assert.Single(run.Diagnostics).Id);
    }

    private CliRun Build(params string[] options) => CliRunner.Run(folder.FullPath, ["build", "--format", "msbuild", .. options, "."]);

    private void Break(string breakage)
    {
        string path = folder.Combine(RecordName);
        string text = File.ReadAllText(path);
        int close = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        File.WriteAllText(path, breakage switch
        {
            "unclosed" => text[..close] + "\n" + text[(close + 5)..],
            "syntax-error" => text.Replace("title: Draft report", "title: [Draft report", StringComparison.Ordinal),
            _ => "---\n",
        });
    }
}
