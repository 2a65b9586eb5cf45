using System.Text;
using Rgiem.Core.Compilation;
using Rgiem.Core.FileSystem;

namespace Rgiem.Cli.Scaffolding;

/// <summary>Writes scaffold files under a folder, each atomically; never over an existing file unless forced.</summary>
internal static class ScaffoldWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The files of <paramref name="files"/> that already exist under <paramref name="root"/> and would be replaced.</summary>
    public static IReadOnlyList<ScaffoldFile> Existing(string root, IEnumerable<ScaffoldFile> files) =>
        files.Where(f => Directory.Exists(FullPath(root, f)) || (File.Exists(FullPath(root, f)) && !f.Merges)).ToList();

    /// <summary>
    /// What the one write rule (<see cref="WritePolicy"/>) says of each file that would be replaced, with --force given:
    /// a project's inputs (rgiem.yaml, a registry, a record) are never replaced, even with --force.
    /// </summary>
    public static IReadOnlyList<string> Refusals(string root, IEnumerable<ScaffoldFile> files, Func<string, string> display)
    {
        var policy = new WritePolicy(force: true, display: display);
        return files.Where(f => !f.Merges)
            .Select(f => policy.Check(FullPath(root, f), Core.Diagnostics.SourceLocation.None))
            .OfType<Core.Diagnostics.Diagnostic>()
            .Select(d => $"{d.Id}: {d.Message}")
            .ToList();
    }

    /// <summary>
    /// Writes every file; returns each full path with what was done to it ("created", "overwrote", "updated", or
    /// "kept" for a settings file that is not JSON rgiem can read, which it leaves as it is).
    /// </summary>
    public static IReadOnlyList<(string Path, string Action)> Write(string root, IEnumerable<ScaffoldFile> files)
    {
        var written = new List<(string, string)>();
        foreach (var file in files)
        {
            string path = FullPath(root, file);
            string content = file.Content.ReplaceLineEndings("\n");
            string action = "created";
            if (File.Exists(path) && file.MergeLines)
            {
                // A file to merge into (.gitignore) is read like any input: a regular file, at most 1 MB.
                var read = InputFile.Read(path, 1 << 20);
                if (read.Bytes is null)
                {
                    throw new IOException($"cannot read '{path}': {read.Reason(1 << 20)}");
                }

                string old = Utf8.GetString(read.Bytes);
                var present = old.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal);
                var missing = content.Split('\n').Where(l => l.Trim().Length > 0 && !l.StartsWith('#') && !present.Contains(l.Trim())).ToList();
                if (missing.Count == 0)
                {
                    continue;
                }

                content = old + (old.Length == 0 || old.EndsWith('\n') ? string.Empty : "\n") + string.Join("\n", missing) + "\n";
                action = "updated";
            }
            else if (File.Exists(path) && file.MergeJson)
            {
                var merged = JsonSettingsMerge.Merge(File.ReadAllText(path), content);
                if (merged is null)
                {
                    written.Add((path, "kept"));
                    continue;
                }

                if (merged.Length == 0)
                {
                    continue;
                }

                content = merged;
                action = "updated";
            }
            else if (File.Exists(path))
            {
                action = "overwrote";
            }

            AtomicFile.Write(path, Utf8.GetBytes(content));
            written.Add((path, action));
        }

        return written;
    }

    public static string FullPath(string root, ScaffoldFile file) =>
        Path.GetFullPath(Path.Combine(root, file.RelativePath.Replace('/', Path.DirectorySeparatorChar)));
}
