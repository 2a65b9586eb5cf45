using DocumentFormat.OpenXml.Packaging;
using Rgiem.Core.Diagnostics;
using Rgiem.Docx.HouseStyle;

namespace Rgiem.Docx.Writers;

/// <summary>What the writers of one document share: the main part (for relationships), list numbering and id counters.</summary>
internal sealed class RenderState(MainDocumentPart main, string recordPath)
{
    private int nextRelationship = 100;
    private int nextDrawing = 1;

    public MainDocumentPart Main { get; } = main;

    public ListNumbering Numbering { get; } = new();

    public DiagnosticBag Diagnostics { get; } = new();

    public string RecordPath { get; } = recordPath;

    /// <summary>A relationship id that cannot clash with the fixed ids of the package parts.</summary>
    public string NextRelationshipId() => "rIdX" + (nextRelationship++).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public uint NextDrawingId() => (uint)nextDrawing++;
}
