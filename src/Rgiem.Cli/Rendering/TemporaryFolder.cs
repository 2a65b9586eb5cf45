namespace Rgiem.Cli.Rendering;

/// <summary>A private folder under the system temporary folder, deleted with its content on dispose.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder(string purpose)
    {
        FullPath = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"rgiem-{purpose}-{Guid.NewGuid():N}")).FullName;
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
