using Rgiem.Core.Model;

namespace Rgiem.Interop.Tests;

/// <summary>One bundled sample: its Markdown file, the bound record and the DOCX written to a scratch folder.</summary>
public sealed record InteropSample(string Name, string SourceFile, MeetingRecord Record, string DocxPath)
{
    public override string ToString() => Name;
}
