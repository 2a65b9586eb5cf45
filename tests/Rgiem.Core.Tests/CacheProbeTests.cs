using Rgiem.Core.Caching;
using Rgiem.Core.Compilation;

namespace Rgiem.Core.Tests;

/// <summary>
/// The short cuts of a one-edit build hold to the answers of the way they replace, kept here as the oracles: an
/// output's stamp from one statx (<see cref="FileStamp.Of"/>) is <see cref="FileInfo"/>'s, a path inside the working
/// folder shown by cutting the folder off (<see cref="PathDisplay"/>) is <see cref="Path.GetRelativePath(string, string)"/>'s.
/// </summary>
public class CacheProbeTests
{
    /// <summary>What FileStamp.Of said before it asked statx: FileInfo's length and last-write time.</summary>
    private static FileStamp? OldStamp(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    [Fact]
    public void Stamp_is_the_one_FileInfo_gives()
    {
        string folder = Path.Combine(Path.GetTempPath(), "rgiem-stamp-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            string file = Path.Combine(folder, "R.docx");
            File.WriteAllBytes(file, new byte[12345]);
            string old = Path.Combine(folder, "old.docx");
            File.WriteAllText(old, "x");
            File.SetLastWriteTimeUtc(old, new DateTime(1969, 7, 20, 20, 17, 40, 123, DateTimeKind.Utc).AddTicks(4567));
            string empty = Path.Combine(folder, "empty.docx");
            File.WriteAllBytes(empty, []);
            string sub = Path.Combine(folder, "sub");
            Directory.CreateDirectory(sub);
            var paths = new List<string> { file, old, empty, sub, Path.Combine(folder, "missing.docx"), Path.Combine(file, "under-a-file"), string.Empty };
            if (!OperatingSystem.IsWindows())
            {
                string link = Path.Combine(folder, "link.docx");
                File.CreateSymbolicLink(link, file);
                string dangling = Path.Combine(folder, "dangling.docx");
                File.CreateSymbolicLink(dangling, Path.Combine(folder, "nowhere"));
                string toFolder = Path.Combine(folder, "folder-link");
                Directory.CreateSymbolicLink(toFolder, sub);
                paths.AddRange([link, dangling, toFolder]);
            }

            foreach (string path in paths)
            {
                Assert.Equal(OldStamp(path), FileStamp.Of(path));
            }

            Assert.NotNull(FileStamp.Of(file));
            Assert.Equal(12345, FileStamp.Of(file)!.Value.Length);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>What PathDisplay.Show said before its short cut.</summary>
    private static string OldShow(string workingDirectory, string fullPath)
    {
        string relative = Path.GetRelativePath(workingDirectory, fullPath);
        if (relative.StartsWith("..", StringComparison.Ordinal) && Path.IsPathRooted(fullPath) && relative.Split(Path.DirectorySeparatorChar).TakeWhile(s => s == "..").Count() > 3)
        {
            relative = fullPath;
        }

        return relative.Replace(Path.DirectorySeparatorChar, '/');
    }

    [Fact]
    public void Shown_paths_are_those_of_GetRelativePath()
    {
        string root = Path.GetFullPath(Path.GetTempPath());
        string work = Path.Combine(root, "proj");
        string[] folders = [work, work + Path.DirectorySeparatorChar, Path.Combine(work, "records"), Path.GetPathRoot(root)!, Path.Combine(work, "a", "..", "b"), Path.Combine(work, ".", "c"), work + "//d"];
        string[] tails = ["r.md", "records/r00001.md", "out/.rgiem-cache/checks-3", "a/../r.md", "a/./r.md", "a//r.md", "./r.md", "../r.md", "..", ".", "r.md/", "..r.md", "r..md", ".hidden", "a/.../b", "é/ü.md", string.Empty, "/"];
        foreach (string folder in folders)
        {
            var display = new PathDisplay(folder);
            foreach (string tail in tails)
            {
                foreach (string basePath in new[] { work, folder, root, Path.Combine(root, "projX"), work + "X" })
                {
                    string path = basePath + "/" + tail;
                    Assert.Equal(OldShow(folder, path), display.Show(path));
                }
            }

            Assert.Equal(OldShow(folder, folder), display.Show(folder));
            Assert.Equal(OldShow(folder, root), display.Show(root));
            Assert.Equal(OldShow(folder, "/x/y/z/w/v/u.md"), display.Show("/x/y/z/w/v/u.md"));
        }
    }

    [Fact]
    public void A_record_inside_the_working_folder_is_shown_without_normalizing()
    {
        if (OperatingSystem.IsWindows() || OperatingSystem.IsMacOS())
        {
            return;
        }

        var display = new PathDisplay("/p/proj");
        Assert.Equal("records/r.md", display.Inside("/p/proj/records/r.md"));
        Assert.Null(display.Inside("/p/proj/records/../r.md"));
        Assert.Null(display.Inside("/p/proj"));
        Assert.Null(display.Inside("/p/project/r.md"));
    }

    /// <summary>What OutputNaming.FileName said before it searched with SearchValues.</summary>
    private static string OldFileName(Rgiem.Core.References.DocumentNumber? number, string recordPath, string extension)
    {
        string stem = number?.Canonical ?? Path.GetFileNameWithoutExtension(recordPath);
        var safe = stem.Select(c => Path.GetInvalidFileNameChars().Contains(c) || c is '/' or '\\' or ':' or ' ' ? '-' : c).ToArray();
        return new string(safe) + extension;
    }

    [Fact]
    public void Output_names_are_the_old_ones()
    {
        var stems = new List<string> { "r00001", "TSAG TD 1", "a:b\\c", "tab\there", "nul\0x", "é ü 😀", string.Empty, "-", "a|b<c>d?e*f\"g" };
        for (int c = 0; c < 0x300; c++)
        {
            stems.Add("x" + (char)c + "y");
        }

        foreach (string stem in stems)
        {
            string path = "/p/records/" + stem + ".md";
            Assert.Equal(OldFileName(null, path, ".docx"), OutputNaming.FileName((Rgiem.Core.References.DocumentNumber?)null, path, ".docx"));
        }

        foreach (string text in new[] { "TSAG-TD521", "TSAG-TD585R1", "SG17-TD580/PLEN", "TD 392 (GEN/19)", "C99R1" })
        {
            if (Rgiem.Core.References.DocumentNumber.TryParse(text, out var number))
            {
                Assert.Equal(OldFileName(number, "/p/r.md", ".docx"), OutputNaming.FileName(number, "/p/r.md", ".docx"));
            }
        }
    }
}
