using DocumentFormat.OpenXml.Wordprocessing;

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
        return InlinePicture.Create(drawingId, "Logo", "logo", AltText, id, cx, cy);
    }
}
