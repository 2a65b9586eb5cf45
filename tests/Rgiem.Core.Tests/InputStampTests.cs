using System.Text;
using Rgiem.Core.Caching;
using Rgiem.Core.FileSystem;
using Rgiem.Testing;

namespace Rgiem.Core.Tests;

/// <summary>
/// The stat-based fast path of the build cache's inputs (<see cref="InputStamp"/>, docs/performance.md "h27e"): an input
/// whose statx is the one recorded before it was last read, taken more than the time stamps' granularity after its last
/// change, is not read again; anything else is read and hashed. The clock is set through <see cref="InputTracker.TestClock"/>
/// (no test waits for seconds to pass).
/// </summary>
public class InputStampTests
{
    private const long MaxBytes = 1 << 20;

    /// <summary>A hash no content has: returned only when the file was not read.</summary>
    private const string NotRead = "recorded-hash-not-of-the-content";

    private static readonly DateTime LongAgo = new(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc);

    private static long Now => (DateTime.UtcNow.Ticks - DateTime.UnixEpoch.Ticks) * 100;

    /// <summary>
    /// One tracked "build" of <paramref name="path"/> with the clock at <paramref name="clock"/>, the last build's inputs
    /// being <paramref name="previous"/>: the hash the preload gives, what it records, and how many files were trusted.
    /// </summary>
    private static (string? Hash, (string Hash, InputStamp? Stamp)? Recorded, int Trusted) Build(string path, long clock, IReadOnlyDictionary<string, (string, InputStamp)> previous)
    {
        InputTracker.TestClock.Value = () => clock;
        try
        {
            using var tracking = InputTracker.Begin(out var tracker);
            InputTracker.Trust(previous);
            string? hash = InputFile.Preload(path, MaxBytes, NotRead);
            return (hash, InputTracker.Recorded(path), tracker.Trusted);
        }
        finally
        {
            InputTracker.TestClock.Value = null;
        }
    }

    /// <summary>The first build: the file read and hashed, its stamp taken with a clock <paramref name="clockAfterChange"/> after its last change.</summary>
    private static InputStamp FirstBuild(string path, long clockAfterChange)
    {
        var stamp = FileProbe.Stamp(path, 0)!.Value;
        var first = Build(path, Math.Max(stamp.ChangedNs, stamp.ModifiedNs) + clockAfterChange, new Dictionary<string, (string, InputStamp)>());
        Assert.Equal(FileHash.Of(path), first.Hash);
        Assert.Equal(0, first.Trusted);
        return first.Recorded!.Value.Stamp!.Value;
    }

    private static Dictionary<string, (string, InputStamp)> Previous(string path, InputStamp stamp) => new() { [Path.GetFullPath(path)] = (NotRead, stamp) };

    /// <summary>Waits for the file system's coarse clock to move on (a tick is a few ms), so that the next change gets another ctime.</summary>
    private static void NextTick(string path)
    {
        long before = FileProbe.Stamp(path, 0)!.Value.ChangedNs;
        string probe = path + ".tick";
        do
        {
            Thread.Sleep(5);
            File.WriteAllText(probe, "x");
        }
        while (FileProbe.Stamp(probe, 0)!.Value.ChangedNs <= before);
        File.Delete(probe);
    }

    [SkippableFact]
    public void An_unchanged_file_stamped_long_after_its_last_change_is_trusted_and_not_read()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "statx is Linux's: elsewhere every input is hashed.");
        using var folder = new TempFolder();
        string path = folder.Write("r.md", "# A record\n");
        var stamp = FirstBuild(path, 10 * InputStamp.GranularityNs);

        // The recorded hash comes back without the file being read: it is not the content's.
        var second = Build(path, Now, Previous(path, stamp));
        Assert.Equal(NotRead, second.Hash);
        Assert.Equal(1, second.Trusted);
        Assert.Equal(stamp, second.Recorded!.Value.Stamp);

        // The same for a file a stage only uses (InputTracker.Used, UsedAll: the reused checks of a one-edit build).
        InputTracker.TestClock.Value = () => Now;
        try
        {
            using var tracking = InputTracker.Begin(out var tracker);
            InputTracker.Trust(Previous(path, stamp));
            Assert.Equal(NotRead, Assert.Single(InputTracker.UsedAll([new FileDependency(path, string.Empty)])).Sha256);
            Assert.Equal(1, tracker.Trusted);
        }
        finally
        {
            InputTracker.TestClock.Value = null;
        }

        // Still a file this run read: no command may replace it.
        using (FileAccessLog.Begin())
        {
            _ = Build(path, Now, Previous(path, stamp));
            Assert.True(FileAccessLog.Current!.WasRead(path, FileProbe.Status(path)));
        }
    }

    [SkippableFact]
    public void A_file_edited_to_the_same_size_with_its_mtime_set_back_is_read_its_ctime_moved()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "statx is Linux's: elsewhere every input is hashed.");
        using var folder = new TempFolder();
        string path = folder.Write("r.md", "# A record\n");
        File.SetLastWriteTimeUtc(path, LongAgo);
        var stamp = FirstBuild(path, 10 * InputStamp.GranularityNs);

        NextTick(path);
        File.WriteAllText(path, "# B record\n");
        File.SetLastWriteTimeUtc(path, LongAgo);
        var now = FileProbe.Stamp(path, 0)!.Value;
        Assert.Equal((stamp.Length, stamp.ModifiedNs, stamp.Device, stamp.Inode), (now.Length, now.ModifiedNs, now.Device, now.Inode));
        Assert.NotEqual(stamp.ChangedNs, now.ChangedNs);

        var second = Build(path, Now, Previous(path, stamp));
        Assert.Equal(FileHash.Of(path), second.Hash);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes("# B record\n"))), second.Hash);
        Assert.Equal(0, second.Trusted);
    }

    [SkippableFact]
    public void A_file_replaced_by_another_of_the_same_size_and_times_is_read_its_inode_is_new()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "statx is Linux's: elsewhere every input is hashed.");
        using var folder = new TempFolder();
        string path = folder.Write("r.md", "# A record\n");
        File.SetLastWriteTimeUtc(path, LongAgo);
        var stamp = FirstBuild(path, 10 * InputStamp.GranularityNs);

        string other = folder.Write("other.md", "# B record\n");
        File.SetLastWriteTimeUtc(other, LongAgo);
        File.Move(other, path, overwrite: true);
        var now = FileProbe.Stamp(path, 0)!.Value;
        Assert.Equal((stamp.Length, stamp.ModifiedNs), (now.Length, now.ModifiedNs));
        Assert.NotEqual(stamp.Inode, now.Inode);

        var second = Build(path, Now, Previous(path, stamp));
        Assert.Equal(FileHash.Of(path), second.Hash);
        Assert.Equal(0, second.Trusted);

        // The rule itself: the same size, times and device with another inode is not trusted.
        Assert.False(stamp.Trusts(stamp with { Inode = stamp.Inode + 1, ClockNs = 0 }));
        Assert.True(stamp.Trusts(stamp with { ClockNs = 0 }));
    }

    [SkippableFact]
    public void A_file_changed_within_the_granularity_of_the_recorded_clock_is_read_not_trusted()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "statx is Linux's: elsewhere every input is hashed.");
        using var folder = new TempFolder();
        string path = folder.Write("r.md", "# A record\n");

        // Stamped one second after its last change: it might change again in the same time stamp tick unseen.
        var stamp = FirstBuild(path, InputStamp.GranularityNs / 2);
        Assert.Equal(stamp with { ClockNs = 0 }, FileProbe.Stamp(path, 0)!.Value);

        var second = Build(path, Now, Previous(path, stamp));
        Assert.Equal(FileHash.Of(path), second.Hash);
        Assert.Equal(0, second.Trusted);

        // Its new stamp is recorded with this build's clock: trusted at the build after, had it been long enough.
        Assert.Equal(stamp with { ClockNs = second.Recorded!.Value.Stamp!.Value.ClockNs }, second.Recorded.Value.Stamp);
    }

    [Fact]
    public void A_manifest_keeps_the_stamps_of_its_inputs()
    {
        // An mtime before 1970 is negative (touch -d 1960).
        var stamp = new InputStamp(11, -315_619_200_123_456_789, 1_600_000_001_000_000_001, ulong.MaxValue - 3, 987654321, 1_700_000_000_000_000_000);
        var manifest = new CacheManifest("k", [new("/p/a\tb.md", "h1"), new("/p/c.md", "h2")], new Dictionary<string, string>(), [], [], [], [])
        {
            InputStamps = new Dictionary<string, InputStamp> { ["/p/a\tb.md"] = stamp },
        };
        var read = ManifestFormat.Read(ManifestFormat.Write(manifest));
        Assert.Equal(manifest.Inputs, read.Inputs);
        Assert.Equal(stamp, Assert.Single(read.InputStamps, s => s.Key == "/p/a\tb.md").Value);
        Assert.Single(read.InputStamps);

        // A manifest of the version before the stamps is not read.
        string old = Encoding.UTF8.GetString(ManifestFormat.Write(new CacheManifest("k", [new("/p/c.md", "h2")], new Dictionary<string, string>(), [], [], [], [])));
        string body = old[..old.LastIndexOf("end\t", StringComparison.Ordinal)].Replace("rgiem-cache\t2", "rgiem-cache\t1", StringComparison.Ordinal);
        byte[] v1 = Encoding.UTF8.GetBytes(body + "end\t" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(body))) + "\n");
        Assert.Contains("not an rgiem cache of this version", Assert.Throws<FormatException>(() => ManifestFormat.Read(v1)).Message, StringComparison.Ordinal);
    }
}
