namespace Rgiem.Core.Loading;

/// <summary>What <see cref="RecordDiscovery.Scan"/> found under a folder.</summary>
/// <param name="Files">The Markdown files that may be records (full paths, in order).</param>
/// <param name="SymbolicLinks">Markdown files that are symbolic links: not read (a link could lead anywhere), reported.</param>
/// <param name="InOutputFolder">How many Markdown files were not read because they are in the output folder.</param>
public sealed record RecordScan(IReadOnlyList<string> Files, IReadOnlyList<string> SymbolicLinks, int InOutputFolder);
