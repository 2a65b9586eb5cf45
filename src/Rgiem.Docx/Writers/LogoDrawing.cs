using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace Rgiem.Docx.Writers;

/// <summary>
/// Embeds the logo as an inline picture, scaled to fit the logo cell, with alt text (<c>wp:docPr/@descr</c>, read by
/// screen readers and Word's accessibility checker) and the same unique, non-zero id on <c>wp:docPr</c> and
/// <c>pic:cNvPr</c>.
/// </summary>
internal static class LogoDrawing
{
    private const long MaxWidthEmu = 647_700;  // 1.8 cm: TSB's logo in its 2 cm logo cell
    private const long MaxHeightEmu = 704_850; // 1.96 cm: TSB's logo

    /// <summary>The alt text of the logo: the cover's logo cell is the ITU emblem's place.</summary>
    public const string AltText = "ITU logo";

    public static Run Create(RenderState state, LogoImage logo)
    {
        string id = state.NextRelationshipId();
        state.Relationships.AddImage(logo.ContentType, logo.Bytes, id);

        double scale = Math.Min((double)MaxWidthEmu / logo.Width, (double)MaxHeightEmu / logo.Height);
        long cx = (long)(logo.Width * scale);
        long cy = (long)(logo.Height * scale);
        uint drawingId = state.NextDrawingId();
        var inline = new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = drawingId, Name = "Logo", Description = AltText },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(
                        new PIC.NonVisualDrawingProperties { Id = drawingId, Name = "logo", Description = AltText },
                        new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = id }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            {
                Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture",
            }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        };
        return new Run(new Drawing(inline));
    }
}
