using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Rgiem.Cli.Tests.Safety;
using Rgiem.Cli.Tests.Support;
using Rgiem.Testing;

namespace Rgiem.Cli.Tests;

/// <summary>
/// <c>rgiem import --edits EDITED.docx RECORD.md [--accept] [-o DIR]</c> in process: the record rewritten in place
/// (atomically, its mode kept) or written into DIR (never over an existing record, even with --force), exit codes,
/// the usage errors of the two forms of import, a document not built from the record, and bad documents.
/// </summary>
public sealed class ImportEditsCommandTests : IDisposable
{
    private const string Record = "review/2025-05-geneva-draft-report.md";
    private const string Mark = "{~~@Ed Itor 2026-12-01T09:30Z: chaired~>led~~}";
    private readonly TempFolder folder = new();

    public ImportEditsCommandTests()
    {
        foreach (string file in Directory.GetFiles(Path.Combine(RepoPaths.Samples, "review")))
        {
            folder.Write(Path.Combine("review", Path.GetFileName(file)), File.ReadAllBytes(file));
        }

        Assert.Equal(0, CliRun.Of(folder.FullPath, "build", "review", "-o", "built").ExitCode);
        folder.Write("edited.docx", Replace(File.ReadAllBytes(Directory.GetFiles(folder.Combine("built"), "*.docx").Single()), "chaired", "led"));
    }

    public void Dispose() => folder.Dispose();

    [Fact]
    public void The_edits_come_back_into_the_record_in_place_keeping_its_mode()
    {
        string path = folder.Combine(Record);
        string before = File.ReadAllText(path);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        }

        var run = CliRun.Of(folder.FullPath, "import", "--edits", "edited.docx", Record);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("wrote " + Record, run.Output + run.Error, StringComparison.Ordinal);
        Assert.Equal(before.Replace("was chaired by", "was " + Mark + " by", StringComparison.Ordinal), File.ReadAllText(path));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(path));
        }
        Assert.Equal(["2025-05-geneva-draft-report.md", "rgiem.yaml"], Directory.GetFiles(folder.Combine("review")).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        // Twice is harmless: nothing new, nothing written (RG8245), exit 0.
        string once = File.ReadAllText(path);
        var again = CliRun.Of(folder.FullPath, "import", "--edits", "edited.docx", Record);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("RG8245", again.Output + again.Error, StringComparison.Ordinal);
        Assert.Equal(once, File.ReadAllText(path));

        // The record builds, and its document shows the revision.
        var build = CliRun.Of(folder.FullPath, "build", "review", "-o", "rebuilt");
        Assert.True(build.ExitCode == 0, build.ToString());
    }

    [Fact]
    public void Accept_applies_the_changes()
    {
        string before = File.ReadAllText(folder.Combine(Record));

        var run = CliRun.Of(folder.FullPath, "import", "--edits", "edited.docx", Record, "--accept");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(before.Replace("was chaired by", "was led by", StringComparison.Ordinal), File.ReadAllText(folder.Combine(Record)));
    }

    [Fact]
    public void With_an_output_folder_the_record_is_written_there_and_never_over_an_existing_record()
    {
        byte[] original = File.ReadAllBytes(folder.Combine(Record));

        var run = CliRun.Of(folder.FullPath, "import", "--edits", "edited.docx", Record, "-o", "reviewed");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(original, File.ReadAllBytes(folder.Combine(Record)));
        Assert.Contains(Mark, File.ReadAllText(folder.Combine("reviewed/2025-05-geneva-draft-report.md")), StringComparison.Ordinal);

        // The record written there is a record: not replaced, even with --force (as 'import' never replaces a record).
        byte[] written = File.ReadAllBytes(folder.Combine("reviewed/2025-05-geneva-draft-report.md"));
        var again = CliRun.Of(folder.FullPath, "import", "--edits", "edited.docx", Record, "-o", "reviewed", "--accept", "--force");
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("RG0041", again.Output + again.Error, StringComparison.Ordinal);
        Assert.Equal(written, File.ReadAllBytes(folder.Combine("reviewed/2025-05-geneva-draft-report.md")));
    }

    [Theory]
    [InlineData("a second argument ('review/2025-05-geneva-draft-report.md') is read only with --edits", "import", "edited.docx", Record)]
    [InlineData("--accept applies the tracked changes", "import", "edited.docx", "--accept")]
    [InlineData("--edits needs the record", "import", "--edits", "edited.docx")]
    public void Arguments_that_do_not_go_together_are_a_usage_error(string message, params string[] args)
    {
        byte[] original = File.ReadAllBytes(folder.Combine(Record));

        var run = CliRun.Of(folder.FullPath, args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error RG8246: " + message, run.Output + run.Error, StringComparison.Ordinal);
        Assert.Equal(original, File.ReadAllBytes(folder.Combine(Record)));
        Assert.False(File.Exists(folder.Combine("edited.md")));
    }

    [Fact]
    public void A_document_not_built_from_the_record_is_reported_and_nothing_is_written()
    {
        folder.CopySamples("rg-iem");
        Assert.Equal(0, CliRun.Of(folder.FullPath, "build", "rg-iem/2024-07-geneva-report.md", "-o", "other").ExitCode);
        string other = Directory.GetFiles(folder.Combine("other"), "*.docx").Single();
        folder.Write("other.docx", Replace(File.ReadAllBytes(other), "Tuesday", "Wednesday"));
        byte[] original = File.ReadAllBytes(folder.Combine(Record));

        var run = CliRun.Of(folder.FullPath, "import", "--edits", "other.docx", Record);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error RG8247: 'other.docx' was not built from", run.Output + run.Error, StringComparison.Ordinal);
        Assert.Equal(original, File.ReadAllBytes(folder.Combine(Record)));
    }

    [Fact]
    public void A_missing_document_or_record_is_a_usage_error()
    {
        Assert.Equal(2, CliRun.Of(folder.FullPath, "import", "--edits", "nowhere.docx", Record).ExitCode);
        var run = CliRun.Of(folder.FullPath, "import", "--edits", "edited.docx", "nowhere.md");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("RG0006", run.Output + run.Error, StringComparison.Ordinal);
    }

    /// <summary>Bad documents get the same diagnostic as a bad template, from 'import' and 'import --edits' alike, and nothing is written.</summary>
    [Theory]
    [InlineData("folder", "RG0040")]
    [InlineData("fifo", "RG0040")]
    [InlineData("not-a-zip", "RG8011")]
    [InlineData("zip-bomb", "RG8014")]
    [InlineData("macro", "RG8012")]
    [InlineData("encrypted", "RG8011")]
    public void A_bad_document_is_refused_by_import_and_import_edits(string kind, string id)
    {
        string name = Bad(kind);
        byte[] original = File.ReadAllBytes(folder.Combine(Record));

        var import = CliRun.Of(folder.FullPath, "import", name, "-o", "imported");
        var edits = CliRun.Of(folder.FullPath, "import", "--edits", name, Record);

        foreach (var run in new[] { import, edits })
        {
            Assert.True(run.ExitCode == 1, run.ToString());
            Assert.Contains($"error {id}:", run.Output + run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("internal error", run.Output + run.Error, StringComparison.Ordinal);
        }

        Assert.False(Directory.Exists(folder.Combine("imported")) && Directory.EnumerateFileSystemEntries(folder.Combine("imported")).Any());
        Assert.Equal(original, File.ReadAllBytes(folder.Combine(Record)));
    }

    private string Bad(string kind)
    {
        byte[] good = File.ReadAllBytes(folder.Combine("edited.docx"));
        switch (kind)
        {
            case "folder":
                Directory.CreateDirectory(folder.Combine("folder.docx"));
                return "folder.docx";
            case "fifo":
                SafetyProcess.MakeFifo(folder.Combine("fifo.docx"));
                return "fifo.docx";
            case "not-a-zip":
                folder.Write("text.docx", "This is a plain text file called .docx.");
                return "text.docx";
            case "zip-bomb":
                folder.Write("bomb.docx", WithEntry(good, "word/media/bomb.bin", new byte[65 << 20]));
                return "bomb.docx";
            case "macro":
                folder.Write("macro.docm", good);
                return "macro.docm";
            default:
                var compound = new byte[4096];
                new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(compound, 0);
                Encoding.Unicode.GetBytes("EncryptedPackage").CopyTo(compound, 1024);
                folder.Write("secret.docx", compound);
                return "secret.docx";
        }
    }

    private static byte[] WithEntry(byte[] docx, string name, byte[] content)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var entry = archive.CreateEntry(name, CompressionLevel.SmallestSize).Open();
            entry.Write(content);
        }

        return stream.ToArray();
    }

    /// <summary>Replaces <paramref name="old"/> by <paramref name="text"/> in the first run holding it, as Word does with Track Changes on.</summary>
    private static byte[] Replace(byte[] docx, string old, string text)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            var when = new DateTime(2026, 12, 1, 9, 30, 0, DateTimeKind.Utc);
            var run = document.MainDocumentPart!.Document!.Body!.Descendants<Run>().First(r => r.Elements<Text>().Count() == 1 && r.GetFirstChild<Text>()!.Text.Contains(old, StringComparison.Ordinal));
            string all = run.GetFirstChild<Text>()!.Text;
            int at = all.IndexOf(old, StringComparison.Ordinal);
            Run Piece(string value) => new(new Text(value) { Space = SpaceProcessingModeValues.Preserve }) { RunProperties = (RunProperties?)run.RunProperties?.CloneNode(true) };
            run.InsertBeforeSelf(Piece(all[..at]));
            var deleted = new Run(new DeletedText(old) { Space = SpaceProcessingModeValues.Preserve }) { RunProperties = (RunProperties?)run.RunProperties?.CloneNode(true) };
            run.InsertBeforeSelf(new DeletedRun(deleted) { Id = "9001", Author = "Ed Itor", Date = when });
            run.InsertBeforeSelf(new InsertedRun(Piece(text)) { Id = "9002", Author = "Ed Itor", Date = when });
            run.InsertBeforeSelf(Piece(all[(at + old.Length)..]));
            run.Remove();
        }

        return stream.ToArray();
    }
}
