using Rgiem.Cli.Tests.Support;
using Rgiem.Core.Caching;
using Rgiem.Testing;

namespace Rgiem.Cli.Tests.Safety;

/// <summary>
/// Issue 17, "hangs and crashes": a FIFO, a device or a closed standard stream wherever rgiem reads or writes is a
/// diagnostic or a clear message at once, never a hang, an internal error or an abort (docs/security.md).
/// </summary>
public sealed class HangTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static void SkipUnlessLinux() => Skip.IfNot(OperatingSystem.IsLinux(), "FIFOs and /dev/zero are checked on Linux (statx).");

    [SkippableFact]
    public void A_FIFO_among_the_records_is_RG0040_and_the_other_records_build()
    {
        SkipUnlessLinux();
        folder.Write("p/r.md", Records.WithBody("Text.\n"));
        SafetyProcess.MakeFifo(folder.Combine("p/pipe.md"));
        var run = CliRunner.Run(folder.FullPath, "build", "p");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("RG0040", Assert.Single(run.Diagnostics, d => d.Severity == "error").Id);
        Assert.True(File.Exists(folder.Combine("p/out/TSAG-TD521.docx")));
    }

    [SkippableFact]
    public void A_FIFO_included_is_RG0040()
    {
        SkipUnlessLinux();
        folder.Write("p/r.md", Records.WithBody("```{include} pipe.txt\n```\n"));
        SafetyProcess.MakeFifo(folder.Combine("p/pipe.txt"));
        var run = CliRunner.Run(folder.FullPath, "check", "p");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.Diagnostics, d => d.Id == "RG0040");
    }

    [SkippableFact]
    public void A_FIFO_shown_as_a_figure_is_RG2033_without_opening_it()
    {
        SkipUnlessLinux();
        folder.Write("p/r.md", Records.WithBody("# 1 Figures\n\n![A chart](chart.png)\n"));
        SafetyProcess.MakeFifo(folder.Combine("p/chart.png"));
        var run = CliRunner.Run(folder.FullPath, "check", "p");
        Assert.Equal(1, run.ExitCode);
        var diagnostic = Assert.Single(run.Diagnostics, d => d.Id == "RG2033");
        Assert.Contains("FIFO", diagnostic.Message, StringComparison.OrdinalIgnoreCase);
    }

    [SkippableFact]
    public void A_FIFO_as_the_document_registry_is_RG0040()
    {
        SkipUnlessLinux();
        folder.Write("p/rgiem.yaml", "records: .\n");
        folder.Write("p/r.md", Records.WithBody("Text.\n"));
        SafetyProcess.MakeFifo(folder.Combine("p/documents.yaml"));
        var run = CliRunner.Run(folder.FullPath, "check", "p");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.Diagnostics, d => d.Id == "RG0040");
    }

    [SkippableFact]
    public void A_FIFO_template_and_a_template_of_dev_zero_are_RG0040()
    {
        SkipUnlessLinux();
        folder.Write("p/rgiem.yaml", "records: .\ntemplate: t.dotx\n");
        folder.Write("p/r.md", Records.WithBody("Text.\n"));
        SafetyProcess.MakeFifo(folder.Combine("p/t.dotx"));
        var run = CliRunner.Run(folder.FullPath, "build", "p");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.Diagnostics, d => d.Id == "RG0040");

        var zero = CliRunner.Run(folder.FullPath, "build", "p", "--template", "/dev/zero");
        Assert.Equal(1, zero.ExitCode);
        Assert.Contains(zero.Diagnostics, d => d.Id == "RG0040");
        Assert.Empty(folder.Files("p/out"));
    }

    [SkippableTheory]
    [InlineData("check")]
    [InlineData("build")]
    public void Dev_zero_as_a_record_is_RG0040_not_an_internal_error(string command)
    {
        SkipUnlessLinux();
        var run = command == "build" ? CliRunner.Run(folder.FullPath, command, "/dev/zero", "-o", "out") : CliRunner.Run(folder.FullPath, command, "/dev/zero");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("RG0040", Assert.Single(run.Diagnostics).Id);
        Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_cache_manifest_that_is_a_link_to_dev_zero_or_a_FIFO_is_ignored_and_not_written_through()
    {
        SkipUnlessLinux();
        folder.Write("p/r.md", Records.WithBody("Text.\n"));
        Directory.CreateDirectory(folder.Combine("p/out/.rgiem-cache"));
        File.CreateSymbolicLink(folder.Combine("p/out/.rgiem-cache/manifest"), "/dev/zero");
        var run = CliRunner.Run(folder.FullPath, "build", "p");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains(run.Diagnostics, d => d.Id == "RG0050");
        Assert.Equal("/dev/zero", new FileInfo(folder.Combine("p/out/.rgiem-cache/manifest")).LinkTarget);

        File.Delete(folder.Combine("p/out/.rgiem-cache/manifest"));
        SafetyProcess.MakeFifo(folder.Combine("p/out/.rgiem-cache/manifest"));
        Assert.Equal(0, CliRunner.Run(folder.FullPath, "build", "p").ExitCode);
    }

    [SkippableFact]
    public void A_forged_manifest_that_names_files_outside_the_project_makes_rgiem_open_none_of_them()
    {
        SkipUnlessLinux();
        folder.Write("p/r.md", Records.WithBody("Text.\n"));
        Assert.Equal(0, CliRunner.Run(folder.FullPath, "build", "p").ExitCode);
        string manifestPath = folder.Combine("p/out/.rgiem-cache/manifest");
        byte[] key = CacheSigningKey.Load()!;
        var manifest = ManifestFormat.Read(File.ReadAllBytes(manifestPath), key);

        // A FIFO outside the project: opening it would block the build for ever.
        SafetyProcess.MakeFifo(folder.Combine("outside.fifo"));
        var files = new Dictionary<string, string>(manifest.Files, StringComparer.Ordinal)
        {
            [folder.Combine("outside.fifo")] = "00",
            ["/dev/zero"] = "00",
        };
        // Signed with the user's own key, as if the user's own build had written it.
        File.WriteAllBytes(manifestPath, ManifestFormat.Write(manifest with { Files = files }, key));
        var run = CliRunner.Run(folder.FullPath, "build", "p");
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void A_manifest_shipped_with_a_project_is_not_trusted()
    {
        folder.Write("p/r.md", Records.WithBody("Text.\n"));
        Assert.Equal(0, CliRunner.Run(folder.FullPath, "build", "p").ExitCode);
        string manifestPath = folder.Combine("p/out/.rgiem-cache/manifest");
        var manifest = ManifestFormat.Read(File.ReadAllBytes(manifestPath), CacheSigningKey.Load());

        // The forger can compute a plain checksum, or sign with a key of their own, but not with the user's key.
        var planted = new Rgiem.Core.Diagnostics.Diagnostic(Rgiem.Core.Diagnostics.LoadDescriptors.NoRecords, Rgiem.Core.Diagnostics.SourceLocation.None, Rgiem.Core.Diagnostics.DiagnosticSeverity.Warning, "ATTACKER TEXT");
        foreach (byte[]? key in new[] { null, new byte[32] })
        {
            File.WriteAllBytes(manifestPath, ManifestFormat.Write(manifest with { Global = [planted] }, key));
            var run = CliRunner.Run(folder.FullPath, "build", "p");
            Assert.Equal(0, run.ExitCode);
            Assert.Contains(run.Diagnostics, d => d.Id == "RG0050");
            Assert.DoesNotContain("ATTACKER TEXT", run.Output + run.Error, StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public void A_full_standard_output_is_a_message_and_exit_code_2()
    {
        SkipUnlessLinux();
        folder.Write("p/r.md", Records.WithBody("TBC.\n"));
        var (code, error) = SafetyProcess.Shell(folder.FullPath, "check p > /dev/full");
        Assert.Equal(2, code);
        Assert.Contains("cannot write to standard output", error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_closed_standard_output_is_a_message_and_exit_code_2_and_no_record_is_written_to()
    {
        SkipUnlessLinux();
        string record = folder.Write("p/r.md", Records.WithBody("TBC.\n"));
        byte[] before = File.ReadAllBytes(record);
        var (code, error) = SafetyProcess.Shell(folder.FullPath, "check p >&-");
        Assert.Equal(2, code);
        Assert.Contains("cannot write to standard output", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(record));
    }

    [SkippableFact]
    public void A_closed_standard_error_does_not_abort()
    {
        SkipUnlessLinux();
        folder.Write("p/r.md", Records.WithBody("Text.\n"));
        var (code, _) = SafetyProcess.Shell(folder.FullPath, "build p 2>&-");
        Assert.True(code is 0 or 2, $"exit code {code}");
        Assert.True(File.Exists(folder.Combine("p/out/TSAG-TD521.docx")));
    }
}
