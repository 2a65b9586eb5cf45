using System.Buffers;
using Rgiem.Core.Model;
using Rgiem.Core.References;

namespace Rgiem.Core.Compilation;

/// <summary>Output file names: the canonical document number (TSAG-TD521.docx), else the record's file name.</summary>
public static class OutputNaming
{
    /// <summary>The characters replaced by '-': those the platform refuses in a file name, and '/', '\', ':' and the space.</summary>
    private static readonly SearchValues<char> Replaced = SearchValues.Create([.. Path.GetInvalidFileNameChars(), '/', '\\', ':', ' ']);

    public static string FileName(MeetingRecord record, string recordPath, string extension) =>
        FileName(record.Metadata.Number, recordPath, extension);

    public static string FileName(DocumentNumber? number, string recordPath, string extension)
    {
        string stem = number?.Canonical ?? Path.GetFileNameWithoutExtension(recordPath);

        // Named for every record of a build (5,000 for a one-edit build): a name with nothing to replace is not copied.
        if (!stem.AsSpan().ContainsAny(Replaced))
        {
            return stem + extension;
        }

        return string.Create(stem.Length, stem, static (span, text) =>
        {
            for (int i = 0; i < text.Length; i++)
            {
                span[i] = Replaced.Contains(text[i]) ? '-' : text[i];
            }
        }) + extension;
    }
}
