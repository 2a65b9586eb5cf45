using System.Security.Cryptography;
using DocumentFormat.OpenXml.Wordprocessing;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Model;
using Rgiem.Docx.HouseStyle;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace Rgiem.Docx.Writers;

/// <summary>
/// A picture of the body as an inline drawing: its size from the pixels and resolution of the file, scaled down to the
/// text width (and height) when larger, never up; its alternative text in <c>wp:docPr/@descr</c>; a unique drawing id;
/// the bytes stored once per document however often the picture is shown.
/// </summary>
internal static class FigureDrawing
{
    private const long EmuPerInch = 914_400;
    private const long EmuPerTwip = 635;
    private const long MaxWidthEmu = Twips.TextWidth * EmuPerTwip;
    private const long MaxHeightEmu = (Twips.PageHeight - Twips.MarginTop - Twips.MarginBottom) * EmuPerTwip * 8 / 10;

    /// <summary>The drawing, or null (with RG8019) when the file cannot be read any more.</summary>
    public static Run? Create(RenderState state, ImageRun image)
    {
        // Read by the one read rule, as when the record was bound: a regular file, at most the image limit.
        var read = Core.FileSystem.InputFile.Read(image.FullPath, Core.Binding.IncludeResolver.MaxImageBytes);
        if (read.Bytes is not { } bytes)
        {
            state.Diagnostics.Add(RenderDescriptors.ImageUnreadable, image.Location, image.Target, read.Reason(Core.Binding.IncludeResolver.MaxImageBytes));
            return null;
        }

        if (ImageInfo.Probe(bytes) is not { } info)
        {
            state.Diagnostics.Add(RenderDescriptors.ImageUnreadable, image.Location, image.Target, "it is no longer a PNG or JPEG image");
            return null;
        }

        string hash = Convert.ToHexString(SHA256.HashData(bytes));
        if (!state.ImagesByHash.TryGetValue(hash, out string? id))
        {
            id = state.NextRelationshipId();
            state.Relationships.AddImage(info.ContentType, bytes, id);
            state.ImagesByHash[hash] = id;
        }

        var (cx, cy) = Size(info);
        uint drawingId = state.NextDrawingId();
        string name = "Picture " + drawingId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var inline = new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = drawingId, Name = name, Description = XmlText.Clean(image.Alt) },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(
                        new PIC.NonVisualDrawingProperties { Id = drawingId, Name = name, Description = XmlText.Clean(image.Alt) },
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

    /// <summary>The size in EMU: pixels at the file's resolution, scaled down to fit the text area, never up.</summary>
    internal static (long Cx, long Cy) Size(ImageInfo info)
    {
        double cx = info.Width / info.DpiX * EmuPerInch;
        double cy = info.Height / info.DpiY * EmuPerInch;
        double scale = Math.Min(1, Math.Min(MaxWidthEmu / cx, MaxHeightEmu / cy));
        return (Math.Max(1, (long)Math.Round(cx * scale)), Math.Max(1, (long)Math.Round(cy * scale)));
    }
}
