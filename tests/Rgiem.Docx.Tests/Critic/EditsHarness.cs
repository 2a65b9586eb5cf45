using Rgiem.Core.Diagnostics;
using Rgiem.Core.Import.Edits;
using Rgiem.Docx.Import.Edits;
using Rgiem.Testing;

namespace Rgiem.Docx.Tests.Critic;

/// <summary>The two steps every <c>import --edits</c> test takes: build a record, read an edited DOCX back into it.</summary>
internal static class EditsHarness
{
    /// <summary>The DOCX <c>rgiem build</c> makes of <paramref name="text"/>, which must bind.</summary>
    public static byte[] Build(string text)
    {
        var (bound, diagnostics) = Records.Bind(text);
        Assert.True(bound is not null, string.Join("; ", diagnostics));
        return new DocxRenderer().Render(bound.Record, Path.GetTempPath()).Content!;
    }

    /// <summary>The record <paramref name="text"/> with the edits of <paramref name="edited"/>, and the diagnostics as <c>ID: message</c>.</summary>
    public static (string Text, IReadOnlyList<string> Diagnostics) ImportEdits(string text, byte[] edited, bool accept = false)
    {
        using var folder = new TempFolder();
        string path = folder.Write("edited.docx", edited);
        var diagnostics = new DiagnosticBag();
        var document = EditedDocumentReader.Read(path, "edited.docx", diagnostics);
        Assert.NotNull(document);
        var (bound, _) = Records.Bind(text);
        var result = RecordEdits.Apply(bound!, document, accept, "edited.docx", diagnostics);
        return (result.Text, diagnostics.ToList().Select(d => d.Descriptor.Id + ": " + d.Message).ToList());
    }
}
