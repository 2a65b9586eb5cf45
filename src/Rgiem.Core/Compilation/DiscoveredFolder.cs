namespace Rgiem.Core.Compilation;

/// <summary>An input folder (display path) and the range of <see cref="Discovery.Files"/> found in it.</summary>
public sealed record DiscoveredFolder(string Display, int Start, int End);
