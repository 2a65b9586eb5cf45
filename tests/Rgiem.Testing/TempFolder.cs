using System.Text;

namespace Rgiem.Testing;

/// <summary>A new folder under the system temporary folder, deleted with its content on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public TempFolder()
    {
        FullPath = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "rgiem-test-" + Guid.NewGuid().ToString("N"))).FullName;
    }

    public string FullPath { get; }

    public string Combine(string relative) => Path.Combine(FullPath, relative);

    /// <summary>
    /// Copies samples/rg-iem (its subfolders too: meetings/, shared/; not a built out/) into <paramref name="relative"/>
    /// ("." for this folder) and returns it.
    /// </summary>
    public string CopySamples(string relative = "rg-iem")
    {
        string target = Combine(relative);
        Directory.CreateDirectory(target);
        foreach (string file in Directory.GetFiles(RepoPaths.RgIemSamples, "*", SearchOption.AllDirectories))
        {
            string path = Path.GetRelativePath(RepoPaths.RgIemSamples, file);
            if (path.StartsWith("out" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(target, path))!);
            File.Copy(file, Path.Combine(target, path));
        }

        return relative;
    }

    public string Write(string relative, string text) => Write(relative, Utf8.GetBytes(text));

    public string Write(string relative, byte[] bytes)
    {
        string path = Combine(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Every file under the folder, as forward-slash paths relative to it, in ordinal order.</summary>
    public IReadOnlyList<string> Files(string relative = ".") =>
        Directory.Exists(Combine(relative))
            ? Directory.EnumerateFiles(Combine(relative), "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(FullPath, f).Replace(Path.DirectorySeparatorChar, '/'))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];

    public void Dispose()
    {
        try
        {
            Directory.Delete(FullPath, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A leftover temporary folder is not worth failing a test for.
        }
    }
}
