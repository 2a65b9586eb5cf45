using System.IO.Compression;

namespace Rgiem.Docx.Packaging;

/// <summary>
/// Re-packs an OPC package so that identical input gives identical bytes: entries in a fixed order
/// ([Content_Types].xml, then _rels/.rels, then the rest by name) and a fixed timestamp (1980-01-01). It is also where
/// the main part gets the content type of what is written (<see cref="MainContentType"/>), whatever the package was
/// made from.
/// </summary>
internal static class DeterministicZip
{
    private static readonly DateTimeOffset Epoch = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Normalize(byte[] package, PackageKind kind)
    {
        var entries = new List<(string Name, byte[] Data)>();
        using (var input = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read))
        {
            foreach (var entry in input.Entries)
            {
                using var stream = entry.Open();
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                entries.Add((entry.FullName, buffer.ToArray()));
            }
        }

        int types = entries.FindIndex(e => e.Name == "[Content_Types].xml");
        int rootRelationships = entries.FindIndex(e => e.Name == "_rels/.rels");
        if (types >= 0 && rootRelationships >= 0)
        {
            entries[types] = (entries[types].Name, MainContentType.Fix(entries[types].Data, entries[rootRelationships].Data, kind));
        }

        entries.Sort((a, b) =>
        {
            int rank = Rank(a.Name).CompareTo(Rank(b.Name));
            return rank != 0 ? rank : string.CompareOrdinal(a.Name, b.Name);
        });

        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, data) in entries)
            {
                var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = Epoch;
                using var stream = entry.Open();
                stream.Write(data);
            }
        }

        return output.ToArray();
    }

    private static int Rank(string name) => name switch
    {
        "[Content_Types].xml" => 0,
        "_rels/.rels" => 1,
        "word/document.xml" => 2,
        _ => 3,
    };
}
