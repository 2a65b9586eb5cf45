using Rgiem.Core.Model;

namespace Rgiem.Core.Compilation;

/// <summary>Stage 6: turns a checked record into the bytes of an output document.</summary>
public interface IRecordRenderer
{
    /// <summary>File extension of the output, with the dot (".docx").</summary>
    string Extension { get; }

    /// <param name="record">The record; it has no errors.</param>
    /// <param name="baseDirectory">Folder of the record file, for relative paths (logo, template).</param>
    RenderResult Render(MeetingRecord record, string baseDirectory);
}
