using Rgiem.Testing;

namespace Rgiem.Cli.Tests;

/// <summary>A folder under the system temp folder, deleted on dispose; can hold a copy of the samples.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "rgiem-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Copies samples/rg-iem to <c>rg-iem</c> in this folder and returns that relative name.</summary>
    public string CopySamples()
    {
        string target = System.IO.Path.Combine(Path, "rg-iem");
        Directory.CreateDirectory(target);
        foreach (string file in Directory.GetFiles(RepoPaths.RgIemSamples))
        {
            File.Copy(file, System.IO.Path.Combine(target, System.IO.Path.GetFileName(file)));
        }

        return "rg-iem";
    }

    public string Write(string relativePath, string text)
    {
        string full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return relativePath;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
