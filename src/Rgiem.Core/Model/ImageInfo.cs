namespace Rgiem.Core.Model;

/// <summary>
/// What the header of a PNG or JPEG file says: its content type, its size in pixels and its resolution in dots per
/// inch (96 when the file does not say). Read from the bytes themselves (PNG IHDR and pHYs, JPEG SOF and JFIF).
/// </summary>
public sealed record ImageInfo(string ContentType, int Width, int Height, double DpiX, double DpiY)
{
    public const double DefaultDpi = 96;

    /// <summary>The header of <paramref name="bytes"/>, or null when they are not a PNG or JPEG image with a size.</summary>
    public static ImageInfo? Probe(ReadOnlySpan<byte> bytes) => bytes.Length > 8 && bytes[0] == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G'
        ? ProbePng(bytes)
        : bytes.Length > 4 && bytes[0] == 0xFF && bytes[1] == 0xD8 ? ProbeJpeg(bytes) : null;

    private static ImageInfo? ProbePng(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 33 || !bytes.Slice(12, 4).SequenceEqual("IHDR"u8))
        {
            return null;
        }

        int width = BigEndian32(bytes, 16);
        int height = BigEndian32(bytes, 20);
        double dpiX = DefaultDpi;
        double dpiY = DefaultDpi;
        int at = 33;
        while (at + 12 <= bytes.Length)
        {
            int length = BigEndian32(bytes, at);
            var type = bytes.Slice(at + 4, 4);
            if (length < 0 || type.SequenceEqual("IDAT"u8) || type.SequenceEqual("IEND"u8))
            {
                break;
            }

            if (type.SequenceEqual("pHYs"u8) && length == 9 && at + 17 <= bytes.Length && bytes[at + 16] == 1)
            {
                // Pixels per metre.
                int x = BigEndian32(bytes, at + 8);
                int y = BigEndian32(bytes, at + 12);
                if (x > 0 && y > 0)
                {
                    (dpiX, dpiY) = (x * 0.0254, y * 0.0254);
                }
            }

            at += 12 + length;
        }

        return width > 0 && height > 0 ? new ImageInfo("image/png", width, height, dpiX, dpiY) : null;
    }

    private static ImageInfo? ProbeJpeg(ReadOnlySpan<byte> bytes)
    {
        double dpiX = DefaultDpi;
        double dpiY = DefaultDpi;
        int i = 2;
        while (i + 9 < bytes.Length)
        {
            if (bytes[i] != 0xFF)
            {
                return null;
            }

            byte marker = bytes[i + 1];
            int length = (bytes[i + 2] << 8) | bytes[i + 3];
            if (marker == 0xE0 && i + 18 <= bytes.Length && bytes.Slice(i + 4, 5).SequenceEqual("JFIF\0"u8))
            {
                int units = bytes[i + 11];
                int x = (bytes[i + 12] << 8) | bytes[i + 13];
                int y = (bytes[i + 14] << 8) | bytes[i + 15];
                if (units is 1 or 2 && x > 0 && y > 0)
                {
                    double factor = units == 2 ? 2.54 : 1;
                    (dpiX, dpiY) = (x * factor, y * factor);
                }
            }

            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                int height = (bytes[i + 5] << 8) | bytes[i + 6];
                int width = (bytes[i + 7] << 8) | bytes[i + 8];
                return width > 0 && height > 0 ? new ImageInfo("image/jpeg", width, height, dpiX, dpiY) : null;
            }

            if (length < 2)
            {
                return null;
            }

            i += 2 + length;
        }

        return null;
    }

    private static int BigEndian32(ReadOnlySpan<byte> bytes, int at) => (bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3];
}
