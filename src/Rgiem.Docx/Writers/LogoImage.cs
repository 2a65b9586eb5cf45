namespace Rgiem.Docx.Writers;

/// <summary>A PNG or JPEG image for the cover's logo cell, with its pixel size.</summary>
internal sealed record LogoImage(byte[] Bytes, string ContentType, int Width, int Height)
{
    /// <summary>Reads the size from the PNG header or the JPEG frame marker; null for other formats.</summary>
    public static LogoImage? Probe(byte[] bytes)
    {
        if (bytes.Length > 24 && bytes[0] == 0x89 && bytes[1] == (byte)'P' && bytes[2] == (byte)'N' && bytes[3] == (byte)'G')
        {
            int width = (bytes[16] << 24) | (bytes[17] << 16) | (bytes[18] << 8) | bytes[19];
            int height = (bytes[20] << 24) | (bytes[21] << 16) | (bytes[22] << 8) | bytes[23];
            return width > 0 && height > 0 ? new LogoImage(bytes, "image/png", width, height) : null;
        }

        if (bytes.Length > 4 && bytes[0] == 0xFF && bytes[1] == 0xD8)
        {
            int i = 2;
            while (i + 9 < bytes.Length)
            {
                if (bytes[i] != 0xFF)
                {
                    return null;
                }

                byte marker = bytes[i + 1];
                int length = (bytes[i + 2] << 8) | bytes[i + 3];
                if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
                {
                    int height = (bytes[i + 5] << 8) | bytes[i + 6];
                    int width = (bytes[i + 7] << 8) | bytes[i + 8];
                    return width > 0 && height > 0 ? new LogoImage(bytes, "image/jpeg", width, height) : null;
                }

                i += 2 + length;
            }
        }

        return null;
    }
}
