using System.Globalization;
using Rgiem.Cli.Tests.Support;
using Rgiem.Testing;

namespace Rgiem.Cli.Tests;

/// <summary>
/// The build cache (<c>out/.rgiem-cache</c>): a build with nothing changed renders nothing and reports what the last
/// build reported; an edit renders only the records that depend on it; the outputs are always the bytes of a clean build.
/// </summary>
public class BuildCacheTests
{
    private const string Meeting = "meetings/2023-01-e-meeting.md";

    [Fact]
    public void A_build_with_nothing_changed_renders_nothing_and_reports_the_same_diagnostics()
    {
        using var cli = new TempFolder();
        cli.CopySamples(".");
        var first = CliRunner.Run(cli.FullPath, "build", ".", "--format", "msbuild");
        Assert.Equal(0, first.ExitCode);
        var before = Outputs(cli);

        var second = CliRunner.Run(cli.FullPath, "build", ".", "--format", "msbuild", "--verbose");
        Assert.Equal(0, second.ExitCode);
        Assert.DoesNotContain("wrote ", second.Output, StringComparison.Ordinal);
        Assert.Contains("up to date: 7 record(s)", second.Error, StringComparison.Ordinal);
        Assert.Equal(WithoutWrote(first.Output), second.Output);
        AssertSame(before, Outputs(cli));
    }

    [Fact]
    public void The_working_folder_does_not_matter_a_build_from_a_subfolder_then_from_the_root_rewrites_nothing()
    {
        using var cli = new TempFolder();
        cli.CopySamples(".");
        var fromSubfolder = CliRunner.Run(cli.Combine("meetings"), "build", "..", "--format", "msbuild");
        Assert.True(fromSubfolder.ExitCode == 0, fromSubfolder.ToString());
        Assert.Contains("wrote ../out/TSAG-TD521.docx", fromSubfolder.Output, StringComparison.Ordinal);
        var before = Outputs(cli);

        // From the root: the documents are reused (none rewritten), and the diagnostics name files from the root.
        var fromRoot = CliRunner.Run(cli.FullPath, "build", ".", "--format", "msbuild", "--verbose");
        Assert.True(fromRoot.ExitCode == 0, fromRoot.ToString());
        Assert.DoesNotContain("wrote ", fromRoot.Output, StringComparison.Ordinal);
        AssertSame(before, Outputs(cli));
        Assert.Contains("2023-05-progress-report.md(", fromRoot.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("../", fromRoot.Output, StringComparison.Ordinal);
        Assert.Equal(WithoutWrote(CliRunner.Run(cli.FullPath, "check", ".", "--format", "msbuild").Output), fromRoot.Output);

        // And back: still nothing to write.
        var again = CliRunner.Run(cli.Combine("meetings"), "build", "..", "--format", "msbuild");
        Assert.DoesNotContain("wrote ", again.Output, StringComparison.Ordinal);
        AssertSame(before, Outputs(cli));
    }

    [Fact]
    public void An_edited_meeting_renders_itself_and_the_progress_report_that_covers_it_and_nothing_else()
    {
        using var cli = new TempFolder();
        cli.CopySamples(".");
        Assert.Equal(0, CliRunner.Run(cli.FullPath, "build", ".").ExitCode);
        var before = Outputs(cli);

        EditMeeting(cli);
        var edited = CliRunner.Run(cli.FullPath, "build", ".", "--format", "msbuild");
        Assert.True(edited.ExitCode == 0, edited.Output + edited.Error);
        string[] wrote = edited.Output.Split('\n').Where(l => l.StartsWith("wrote ", StringComparison.Ordinal)).Select(l => l.Split(' ')[1]).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["out/2023-01-e-meeting.docx", "out/TSAG-TD255.docx"], wrote);

        var after = Outputs(cli);
        foreach (var (name, (bytes, time)) in before)
        {
            if (name is "2023-01-e-meeting.docx" or "TSAG-TD255.docx")
            {
                Assert.NotEqual(bytes, after[name].Bytes);
            }
            else
            {
                Assert.Equal(bytes, after[name].Bytes);
                Assert.Equal(time, after[name].Time);
            }
        }

        // The same bytes as a clean build of the edited records, without the cache.
        Assert.Equal(0, CliRunner.Run(cli.FullPath, "build", ".", "-o", "clean", "--no-cache").ExitCode);
        Assert.False(Directory.Exists(cli.Combine("clean/.rgiem-cache")));
        foreach (var (name, (bytes, _)) in after)
        {
            Assert.Equal(File.ReadAllBytes(cli.Combine("clean/" + name)), bytes);
        }
    }

    [Fact]
    public void A_changed_or_deleted_output_is_built_again()
    {
        using var cli = new TempFolder();
        cli.CopySamples(".");
        Assert.Equal(0, CliRunner.Run(cli.FullPath, "build", ".").ExitCode);
        var before = Outputs(cli);
        File.WriteAllText(cli.Combine("out/TSAG-TD521.docx"), "not a document");
        File.Delete(cli.Combine("out/2023-03-e-meeting.docx"));

        var run = CliRunner.Run(cli.FullPath, "build", ".");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("wrote out/TSAG-TD521.docx", run.Output, StringComparison.Ordinal);
        Assert.Contains("wrote out/2023-03-e-meeting.docx", run.Output, StringComparison.Ordinal);
        Assert.Equal(2, run.Output.Split('\n').Count(l => l.StartsWith("wrote ", StringComparison.Ordinal)));
        var after = Outputs(cli);
        Assert.All(before, p => Assert.Equal(p.Value.Bytes, after[p.Key].Bytes));
    }

    [Fact]
    public void A_touched_output_is_kept_and_an_output_changed_to_the_same_size_is_built_again()
    {
        using var cli = new TempFolder();
        cli.CopySamples(".");
        Assert.Equal(0, CliRunner.Run(cli.FullPath, "build", ".").ExitCode);
        var before = Outputs(cli);

        // Touched: another last-write time, the same bytes. The stamp differs, so the output is hashed, and it is intact.
        File.SetLastWriteTimeUtc(cli.Combine("out/TSAG-TD521.docx"), DateTime.UtcNow.AddMinutes(1));

        // Changed by hand to the same size: its last-write time is now, after the manifest's, so it is hashed and rendered again.
        string changed = cli.Combine("out/2023-03-e-meeting.docx");
        byte[] bytes = File.ReadAllBytes(changed);
        bytes[^1] ^= 0x55;
        File.WriteAllBytes(changed, bytes);
        File.SetLastWriteTimeUtc(changed, DateTime.UtcNow.AddMinutes(1));

        var run = CliRunner.Run(cli.FullPath, "build", ".");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["wrote out/2023-03-e-meeting.docx"], run.Output.Split('\n').Where(l => l.StartsWith("wrote ", StringComparison.Ordinal)).Select(l => l.Split(" (")[0]));
        var after = Outputs(cli);
        Assert.All(before, p => Assert.Equal(p.Value.Bytes, after[p.Key].Bytes));

        // The manifest now has the touched output's new stamp: the next build is a no-op.
        var again = CliRunner.Run(cli.FullPath, "build", ".", "--verbose");
        Assert.DoesNotContain("wrote ", again.Output, StringComparison.Ordinal);
        Assert.Contains("up to date", again.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_output_changed_with_its_size_and_time_restored_is_trusted_like_make_and_no_cache_rebuilds_it()
    {
        // The documented trade-off (docs/performance.md): outputs are compared by size and last-write time before
        // they are hashed. The records and the other inputs are always hashed.
        using var cli = new TempFolder();
        cli.CopySamples(".");
        Assert.Equal(0, CliRunner.Run(cli.FullPath, "build", ".").ExitCode);
        string output = cli.Combine("out/TSAG-TD521.docx");
        var time = File.GetLastWriteTimeUtc(output);
        byte[] bytes = File.ReadAllBytes(output);
        bytes[^1] ^= 0x55;
        File.WriteAllBytes(output, bytes);
        File.SetLastWriteTimeUtc(output, time);

        var run = CliRunner.Run(cli.FullPath, "build", ".", "--verbose");
        Assert.DoesNotContain("wrote ", run.Output, StringComparison.Ordinal);
        Assert.Contains("up to date", run.Error, StringComparison.Ordinal);

        var clean = CliRunner.Run(cli.FullPath, "build", ".", "--no-cache");
        Assert.Contains("wrote out/TSAG-TD521.docx", clean.Output, StringComparison.Ordinal);
        Assert.NotEqual(bytes, File.ReadAllBytes(output));
    }

    [Fact]
    public void An_edited_record_is_noticed_even_with_its_size_and_time_restored()
    {
        // Unlike the outputs, the records are hashed on every build.
        using var cli = new TempFolder();
        cli.CopySamples(".");
        Assert.Equal(0, CliRunner.Run(cli.FullPath, "build", ".").ExitCode);
        EditKeepingSizeAndTime(cli);

        var run = CliRunner.Run(cli.FullPath, "build", ".");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("wrote out/2023-01-e-meeting.docx", run.Output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_record_trusted_by_its_stamp_is_not_rendered_again_and_an_edit_with_its_size_and_time_restored_is_noticed()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "statx is Linux's: elsewhere every record is hashed (the test above).");

        // The build's clock a minute ahead: the records' stamps are taken long enough after their last change to be
        // trusted (InputStamp.Trusts), so the second build does not read them. The edit after it moves the ctime.
        Rgiem.Core.FileSystem.InputTracker.TestClock.Value = () => (DateTime.UtcNow.AddMinutes(1).Ticks - DateTime.UnixEpoch.Ticks) * 100;
        try
        {
            using var cli = new TempFolder();
            cli.CopySamples(".");
            var first = CliRunner.Run(cli.FullPath, "build", ".", "--format", "msbuild");
            Assert.Equal(0, first.ExitCode);
            var before = Outputs(cli);
            var second = CliRunner.Run(cli.FullPath, "build", ".", "--format", "msbuild", "--verbose");
            Assert.Contains("up to date: 7 record(s)", second.Error, StringComparison.Ordinal);
            Assert.Equal(WithoutWrote(first.Output), second.Output);
            AssertSame(before, Outputs(cli));

            EditKeepingSizeAndTime(cli);

            var run = CliRunner.Run(cli.FullPath, "build", ".");
            Assert.Equal(0, run.ExitCode);
            Assert.Contains("wrote out/2023-01-e-meeting.docx", run.Output, StringComparison.Ordinal);
        }
        finally
        {
            Rgiem.Core.FileSystem.InputTracker.TestClock.Value = null;
        }
    }

    [Fact]
    public void A_changed_image_rebuilds_the_record_that_shows_it()
    {
        using var cli = new TempFolder();
        string body = Path.Combine(RepoPaths.Root, "samples", "body");
        foreach (string file in new[] { "rgiem.yaml", "2024-09-participation-report.md", "participation-by-region.png" })
        {
            File.Copy(Path.Combine(body, file), cli.Combine(file));
        }

        Assert.Equal(0, CliRunner.Run(cli.FullPath, "build", ".").ExitCode);
        byte[] before = File.ReadAllBytes(cli.Combine("out/TSAG-R3.docx"));
        Assert.DoesNotContain("wrote ", CliRunner.Run(cli.FullPath, "build", ".").Output, StringComparison.Ordinal);

        // Another picture, 4 by 2 pixels: the figure in the document changes with it.
        cli.Write("participation-by-region.png", Convert.FromBase64String(
            "iVBORw0KGgoAAAANSUhEUgAAAAQAAAACCAIAAADwyuo0AAAACXBIWXMAABcSAAAXEgFnn9JSAAAAEElEQVR4nGP4z8AARwzIHABvqgf5gNwAKAAAAABJRU5ErkJggg=="));
        var run = CliRunner.Run(cli.FullPath, "build", ".");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("wrote out/TSAG-R3.docx", run.Output, StringComparison.Ordinal);
        Assert.NotEqual(before, File.ReadAllBytes(cli.Combine("out/TSAG-R3.docx")));
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("edited")]
    [InlineData("garbage")]
    public void A_damaged_cache_is_RG0050_and_ignored(string damage)
    {
        using var cli = new TempFolder();
        cli.CopySamples(".");
        Assert.Equal(0, CliRunner.Run(cli.FullPath, "build", ".").ExitCode);
        string manifest = cli.Combine("out/.rgiem-cache/manifest");
        byte[] bytes = File.ReadAllBytes(manifest);
        File.WriteAllBytes(manifest, damage switch
        {
            "truncated" => bytes[..(bytes.Length / 2)],
            "edited" => [.. System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(bytes).Replace("RG7001", "RG7002", StringComparison.Ordinal))],
            _ => [0xFF, 0x00, 0x13, 0x37],
        });
        File.Delete(cli.Combine("out/TSAG-TD521.docx"));

        var run = CliRunner.Run(cli.FullPath, "build", ".", "--format", "msbuild");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("info RG0050: The build cache 'out/.rgiem-cache/manifest' is damaged", run.Output, StringComparison.Ordinal);
        Assert.Equal(7, run.Output.Split('\n').Count(l => l.StartsWith("wrote ", StringComparison.Ordinal)));

        // The damaged manifest was replaced: the next build is a no-op again.
        var again = CliRunner.Run(cli.FullPath, "build", ".", "--format", "msbuild");
        Assert.DoesNotContain("RG0050", again.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("wrote ", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_options_or_a_new_record_make_the_cache_stale()
    {
        using var cli = new TempFolder();
        cli.CopySamples(".");
        Assert.Equal(0, CliRunner.Run(cli.FullPath, "build", ".").ExitCode);
        var validate = CliRunner.Run(cli.FullPath, "build", ".", "--validate");
        Assert.Equal(7, validate.Output.Split('\n').Count(l => l.StartsWith("wrote ", StringComparison.Ordinal)));

        cli.Write("meetings/2023-06-e-meeting.md", File.ReadAllText(cli.Combine(Meeting)).Replace("2023-01-31", "2023-06-27", StringComparison.Ordinal).Replace("31 January 2023", "27 June 2023", StringComparison.Ordinal).Replace("Tuesday", "Tuesday", StringComparison.Ordinal));
        var added = CliRunner.Run(cli.FullPath, "build", ".", "--validate");
        Assert.Contains("2023-06-e-meeting", added.Output + added.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("up to date", added.Error, StringComparison.Ordinal);
    }

    /// <summary>
    /// A change, then a build with the cache (which reuses the own checks of every record whose inputs did not change)
    /// against a clean build without it: the same diagnostics, byte for byte, in every format, and the same documents.
    /// </summary>
    [Theory]
    [InlineData("edit", 5)]
    [InlineData("add", 6)]
    [InlineData("delete", 5)]
    [InlineData("rename", 5)]
    [InlineData("include", 5)]
    [InlineData("registry", 0)]
    [InlineData("severities", 0)]
    [InlineData("suppression", 5)]
    [InlineData("nothing-from-a-subfolder", 0)]
    public void After_a_change_the_unchanged_records_are_not_checked_again_and_every_format_reports_what_a_clean_build_reports(string change, int reused)
    {
        using var warm = new TempFolder();
        warm.CopySamples(".");
        if (change == "include")
        {
            // A meeting with an include whose text has a diagnostic of its own (a placeholder), shown with its source line.
            warm.Write("shared/note.md", "The secretariat will circulate the list TBD.\n");
            File.AppendAllText(warm.Combine("meetings/2023-03-e-meeting.md"), "\n```{include} ../shared/note.md\n```\n");
        }

        var first = CliRunner.Run(warm.FullPath, "build", ".");
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(File.Exists(warm.Combine("out/.rgiem-cache/checks-0")));
        string meeting = warm.Combine(Meeting);
        switch (change)
        {
            case "edit":
                EditMeeting(warm);
                break;
            case "add":
                warm.Write("meetings/2023-06-e-meeting.md", File.ReadAllText(meeting).Replace("TSAG-TD", "TSAG-TD9", StringComparison.Ordinal));
                break;
            case "delete":
                File.Delete(warm.Combine("meetings/2023-04-e-meeting.md"));
                break;
            case "rename":
                File.Move(warm.Combine("meetings/2023-04-e-meeting.md"), warm.Combine("meetings/2023-04-renamed.md"));
                break;
            case "include":
                warm.Write("shared/note.md", "The secretariat will circulate the list.\nAnd a second line with XXX.\n");
                break;
            case "registry":
                warm.Write("documents.yaml", "- {number: TSAG-TD624, title: \"Action plan, updated\", revision: 2}\n");
                break;
            case "severities":
                File.AppendAllText(warm.Combine("rgiem.yaml"), "rules:\n  RG7001: error\n  RG7004: none\n");
                break;
            case "suppression":
                File.WriteAllText(meeting, File.ReadAllText(meeting).Replace("\n# 1 ", "\n<!-- rgiem-disable-next-line RG7002 -->\n# 1 ", StringComparison.Ordinal));
                break;
        }

        // The cache names files by their full path: each format starts from this state, restored in the same folder.
        using var saved = new TempFolder();
        CopyTree(warm.FullPath, saved.FullPath);
        var cli = warm;
        foreach (string format in new[] { "human", "json", "sarif", "msbuild", "github" })
        {
            Directory.Delete(cli.FullPath, recursive: true);
            Directory.CreateDirectory(cli.FullPath);
            CopyTree(saved.FullPath, cli.FullPath);
            string from = change == "nothing-from-a-subfolder" ? cli.Combine("meetings") : cli.FullPath;
            string project = change == "nothing-from-a-subfolder" ? ".." : ".";
            var cached = CliRunner.Run(from, "build", project, "--format", format, "--verbose");
            var clean = CliRunner.Run(from, "build", project, "--format", format, "--no-cache", "-o", cli.Combine("clean"));
            Assert.Equal(clean.ExitCode, cached.ExitCode);
            Assert.DoesNotContain("RG0050", Diagnostics(format, cached.Output), StringComparison.Ordinal);
            Assert.Contains($"({reused} unchanged, from the build cache)", cached.Error, StringComparison.Ordinal);
            Assert.Equal(Diagnostics(format, clean.Output), Diagnostics(format, cached.Output));
            foreach (string document in Directory.GetFiles(cli.Combine("clean"), "*.docx"))
            {
                Assert.Equal(File.ReadAllBytes(document), File.ReadAllBytes(cli.Combine("out/" + Path.GetFileName(document))));
            }

            // And the manifest it wrote replays the same report.
            var replay = CliRunner.Run(from, "build", project, "--format", format, "--verbose");
            Assert.Contains("up to date", replay.Error, StringComparison.Ordinal);
            Assert.Equal(Diagnostics(format, clean.Output), Diagnostics(format, replay.Output));
        }
    }

    /// <summary>
    /// A shard of record checks flipped, cut short, emptied or removed is a miss: its records are checked again, the
    /// build reports what a clean build reports, and the next build writes the shard again.
    /// </summary>
    [Theory]
    [InlineData("flipped")]
    [InlineData("truncated")]
    [InlineData("empty")]
    [InlineData("missing")]
    public void Damaged_record_checks_are_a_miss_and_the_records_are_checked_again(string damage)
    {
        using var cli = new TempFolder();
        cli.CopySamples(".");
        Assert.Equal(0, CliRunner.Run(cli.FullPath, "build", ".").ExitCode);
        string checks = cli.Combine("out/.rgiem-cache/checks-0");
        byte[] bytes = File.ReadAllBytes(checks);
        switch (damage)
        {
            case "flipped":
                bytes[bytes.Length / 2] ^= 0x20;
                File.WriteAllBytes(checks, bytes);
                break;
            case "truncated":
                File.WriteAllBytes(checks, bytes[..(bytes.Length / 3)]);
                break;
            case "empty":
                File.WriteAllBytes(checks, []);
                break;
            case "missing":
                File.Delete(checks);
                break;
        }

        EditMeeting(cli);

        var run = CliRunner.Run(cli.FullPath, "build", ".", "--format", "msbuild", "--verbose");
        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("RG0050", run.Output, StringComparison.Ordinal);
        Assert.Contains("(0 unchanged, from the build cache)", run.Error, StringComparison.Ordinal);
        var clean = CliRunner.Run(cli.FullPath, "build", ".", "--format", "msbuild", "--no-cache", "-o", "clean");
        Assert.Equal(Diagnostics("msbuild", clean.Output), Diagnostics("msbuild", run.Output));
        foreach (string document in Directory.GetFiles(cli.Combine("clean"), "*.docx"))
        {
            Assert.Equal(File.ReadAllBytes(document), File.ReadAllBytes(cli.Combine("out/" + Path.GetFileName(document))));
        }

        // The build wrote the shard again: the next change reuses every other record's checks.
        File.AppendAllText(cli.Combine(Meeting), "\nOne more sentence.\n");
        var again = CliRunner.Run(cli.FullPath, "build", ".", "--format", "msbuild", "--verbose");
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("(5 unchanged, from the build cache)", again.Error, StringComparison.Ordinal);
    }

    /// <summary>
    /// The record checks are kept in shards of 64 input files: editing one record rewrites its shard alone, and the
    /// others keep their bytes and their file (not even rewritten); removing records removes the shards left empty.
    /// </summary>
    [Fact]
    public void An_edit_rewrites_only_the_shard_of_the_edited_record()
    {
        using var folder = new TempFolder();
        folder.Write("p/rgiem.yaml", "records: .\n");
        for (int i = 0; i < 130; i++)
        {
            folder.Write($"p/r{i:D3}.md", Records.FrontMatter.Replace("TSAG-TD521", "TSAG-TD" + (1000 + i).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) + "Text.\n");
        }

        var first = CliRunner.Run(folder.FullPath, "build", "p");
        Assert.True(first.ExitCode == 0, first.ToString());
        string Shard(int n) => folder.Combine($"p/out/.rgiem-cache/checks-{n}");
        Assert.All(new[] { 0, 1, 2 }, n => Assert.True(File.Exists(Shard(n)), n.ToString(CultureInfo.InvariantCulture)));
        Assert.False(File.Exists(Shard(3)));
        var before = new[] { 0, 1, 2 }.Select(n => (Bytes: File.ReadAllBytes(Shard(n)), Time: File.GetLastWriteTimeUtc(Shard(n)))).ToArray();

        // r070 is the 71st input (rgiem.yaml is not one): shard 1.
        File.AppendAllText(folder.Combine("p/r070.md"), "More text.\n");
        var edited = CliRunner.Run(folder.FullPath, "build", "p", "--verbose");
        Assert.True(edited.ExitCode == 0, edited.ToString());
        Assert.Contains("(129 unchanged, from the build cache)", edited.Error, StringComparison.Ordinal);
        Assert.Contains("1 of 3 shard(s) of record checks written", edited.Error, StringComparison.Ordinal);
        Assert.Equal(before[0].Bytes, File.ReadAllBytes(Shard(0)));
        Assert.Equal(before[0].Time, File.GetLastWriteTimeUtc(Shard(0)));
        Assert.Equal(before[2].Time, File.GetLastWriteTimeUtc(Shard(2)));
        Assert.NotEqual(before[1].Bytes, File.ReadAllBytes(Shard(1)));

        // And what it reports is what a clean build reports.
        var clean = CliRunner.Run(folder.FullPath, "build", "p", "--format", "msbuild", "--no-cache", "-o", folder.Combine("clean"));
        var cached = CliRunner.Run(folder.FullPath, "build", "p", "--format", "msbuild");
        Assert.Equal(Diagnostics("msbuild", clean.Output), Diagnostics("msbuild", cached.Output));

        for (int i = 60; i < 130; i++)
        {
            File.Delete(folder.Combine($"p/r{i:D3}.md"));
        }

        var removed = CliRunner.Run(folder.FullPath, "build", "p", "--verbose");
        Assert.True(removed.ExitCode == 0, removed.ToString());
        Assert.Contains("(60 unchanged, from the build cache)", removed.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(Shard(0)));
        Assert.False(File.Exists(Shard(1)));
        Assert.False(File.Exists(Shard(2)));
    }

    [Fact]
    public async Task Watch_builds_again_after_a_change_and_stops_when_asked()
    {
        using var cli = new TempFolder();
        cli.CopySamples(".");
        using var stop = new CancellationTokenSource();
        var output = new StringWriter(CultureInfo.InvariantCulture);
        var error = new StringWriter(CultureInfo.InvariantCulture);
        var context = new CliContext(TextWriter.Synchronized(output), TextWriter.Synchronized(error), cli.FullPath, new PlainTerminal()) { Stop = stop.Token };
        var run = Task.Factory.StartNew(() => RgiemCli.Run(["build", ".", "--watch"], context), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            string target = cli.Combine("out/2023-01-e-meeting.docx");
            Assert.True(Eventually(() => error.ToString().Contains("watching", StringComparison.Ordinal)), output + "\n" + error);
            byte[] first = File.ReadAllBytes(target);

            EditMeeting(cli);
            Assert.True(Eventually(() => !File.ReadAllBytes(target).AsSpan().SequenceEqual(first)), output + "\n" + error);
            Assert.Contains("change detected", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            stop.Cancel();
        }

        Assert.Equal(0, await run.WaitAsync(CliRunner.HangLimit));
    }

    /// <summary>Changes a word of the meeting record's body to capitals: the same size, and its last-write time set back.</summary>
    private static void EditKeepingSizeAndTime(TempFolder cli)
    {
        string record = cli.Combine(Meeting);
        var time = File.GetLastWriteTimeUtc(record);
        string text = File.ReadAllText(record);
        int at = text.IndexOf("meeting", text.IndexOf("\n---", 4, StringComparison.Ordinal), StringComparison.Ordinal);
        File.WriteAllText(record, text[..at] + "MEETING" + text[(at + 7)..]);
        File.SetLastWriteTimeUtc(record, time);
    }

    /// <summary>An edit to the meeting's text and to its statistics, which the progress report TSAG-TD255 aggregates.</summary>
    private static void EditMeeting(TempFolder cli)
    {
        string meeting = cli.Combine(Meeting);
        File.WriteAllText(meeting, File.ReadAllText(meeting)
            .Replace("participants: 49", "participants: 50", StringComparison.Ordinal)
            .Replace("asia-pacific: 12", "asia-pacific: 13", StringComparison.Ordinal)
            .Replace("held its first electronic meeting", "held its first e-meeting", StringComparison.Ordinal));
    }

    private static void AssertSame(Dictionary<string, (byte[] Bytes, DateTime Time)> expected, Dictionary<string, (byte[] Bytes, DateTime Time)> actual)
    {
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, (bytes, time)) in expected)
        {
            Assert.Equal(bytes, actual[name].Bytes);
            Assert.Equal(time, actual[name].Time);
        }
    }

    private static bool Eventually(Func<bool> condition)
    {
        for (int i = 0; i < 300; i++)
        {
            try
            {
                if (condition())
                {
                    return true;
                }
            }
            catch (IOException)
            {
            }

            Thread.Sleep(100);
        }

        return false;
    }

    /// <summary>The diagnostics of a run's report, as printed: the text and msbuild lines but those naming documents written, the JSON's diagnostics, the SARIF's results.</summary>
    private static string Diagnostics(string format, string output)
    {
        switch (format)
        {
            case "json":
                using (var json = System.Text.Json.JsonDocument.Parse(output))
                {
                    return json.RootElement.GetProperty("diagnostics").GetRawText();
                }

            case "sarif":
                using (var sarif = System.Text.Json.JsonDocument.Parse(output))
                {
                    return sarif.RootElement.GetProperty("runs")[0].GetProperty("results").GetRawText();
                }

            default:
                return WithoutWrote(output);
        }
    }

    private static void CopyTree(string from, string to)
    {
        foreach (string directory in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, directory)));
        }

        foreach (string file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }

    private static string WithoutWrote(string output) =>
        string.Join('\n', output.Split('\n').Where(l => !l.StartsWith("wrote ", StringComparison.Ordinal)));

    private static Dictionary<string, (byte[] Bytes, DateTime Time)> Outputs(TempFolder cli) =>
        Directory.GetFiles(cli.Combine("out"), "*.docx").ToDictionary(f => Path.GetFileName(f), f => (File.ReadAllBytes(f), File.GetLastWriteTimeUtc(f)), StringComparer.Ordinal);
}
