using Rgiem.Core.Model;
using Rgiem.Core.References;

namespace Rgiem.Core.Compilation;

/// <summary>Output file names: the canonical document number (TSAG-TD521.docx), else the record's file name.</summary>
public static class OutputNaming
{
    public static string FileName(MeetingRecord record, string recordPath, string extension) =>
        FileName(record.Metadata.Number, recordPath, extension);

    public static string FileName(DocumentNumber? number, string recordPath, string extension)
    {
        string stem = number?.Canonical ?? Path.GetFileNameWithoutExtension(recordPath);
        var safe = stem.Select(c => Path.GetInvalidFileNameChars().Contains(c) || c is '/' or '\\' or ':' or ' ' ? '-' : c).ToArray();
        return new string(safe) + extension;
    }
}
