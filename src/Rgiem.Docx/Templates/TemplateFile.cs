namespace Rgiem.Docx.Templates;

/// <summary>
/// A template that passed the checks of <see cref="TemplateLoader"/>: its zip entries, read into memory
/// within the limits, as they are. The file on disk is never opened again and never written.
/// </summary>
internal sealed class TemplateFile(string path, string displayName, IReadOnlyList<TemplateEntry> entries)
{
    public string Path { get; } = path;

    /// <summary>How messages name the template.</summary>
    public string DisplayName { get; } = displayName;

    public IReadOnlyList<TemplateEntry> Entries { get; } = entries;

    /// <summary>A fresh, writable package of the entries, for the Open XML SDK.</summary>
    public MemoryStream OpenPackage()
    {
        var stream = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in Entries)
            {
                using var output = archive.CreateEntry(entry.Name, System.IO.Compression.CompressionLevel.Fastest).Open();
                output.Write(entry.Data);
            }
        }

        stream.Position = 0;
        return stream;
    }
}
