namespace Rgiem.Core.Import;

/// <summary>A picture of an imported document, written beside the record under <paramref name="FileName"/>.</summary>
public sealed record ExtractedImage(string FileName, byte[] Content);
