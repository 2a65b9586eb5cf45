namespace Rgiem.Docx.Templates;

/// <summary>
/// How much of a template rgiem is willing to unpack. A Word template has a few dozen parts and rarely
/// more than a few megabytes; the limits stop a zip bomb before the Open XML SDK sees it, and a deeply
/// nested part before any tree of it is built.
/// </summary>
/// <param name="MaxFileBytes">Size of the template file itself.</param>
/// <param name="MaxEntries">Number of zip entries.</param>
/// <param name="MaxExpandedBytes">Total size of all entries once decompressed (counted while decompressing, not taken from the headers).</param>
public sealed record TemplateLimits(long MaxFileBytes, int MaxEntries, long MaxExpandedBytes)
{
    public static TemplateLimits Default { get; } = new(MaxFileBytes: 32L << 20, MaxEntries: 1000, MaxExpandedBytes: 64L << 20);

    /// <summary>Size of one part once decompressed (counted while decompressing).</summary>
    public long MaxPartBytes { get; init; } = 16L << 20;

    /// <summary>
    /// Deepest nesting of XML elements in a part. Word's own documents stay under 40 (a table in a table in a
    /// content control); nesting is what makes the later tree walks cost more than linear time.
    /// </summary>
    public int MaxXmlDepth { get; init; } = 256;
}
