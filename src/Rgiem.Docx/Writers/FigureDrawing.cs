using System.Security.Cryptography;
using DocumentFormat.OpenXml.Wordprocessing;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Model;
using Rgiem.Docx.HouseStyle;

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
        return InlinePicture.Create(drawingId, name, name, XmlText.Clean(image.Alt), id, cx, cy);
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
