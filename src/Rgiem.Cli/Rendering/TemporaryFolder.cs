namespace Rgiem.Cli.Rendering;

/// <summary>A private folder (mode 0700) under the system temporary folder, deleted with its content on dispose.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder(string purpose)
    {
        string path = Path.Combine(Path.GetTempPath(), $"rgiem-{purpose}-{Guid.NewGuid():N}");

        // Only the user may enter it (mode 0700): the PDFs and page images of a report are no one else's business.
        FullPath = (OperatingSystem.IsWindows()
            ? Directory.CreateDirectory(path)
            : Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute)).FullName;
    }

    public string FullPath { get; }

    public string Combine(string name) => Path.Combine(FullPath, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(FullPath, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A leftover folder in the temporary folder is not worth failing the run for.
        }
    }
}
