using Rgiem.Core.Model;

namespace Rgiem.Testing;

/// <summary>One sample record and the DOCX bytes the renderer made of it.</summary>
public sealed record RenderedSample(string Name, string SourcePath, string BaseDirectory, MeetingRecord Record, byte[] Docx)
{
    public override string ToString() => Name;
}
