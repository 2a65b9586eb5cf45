using Rgiem.Core.Diagnostics;
using Rgiem.Core.Text;

namespace Rgiem.Core.Loading;

/// <summary>The decoded text of a file, or the diagnostics that explain why it has none.</summary>
public sealed record LoadResult(SourceText? Source, IReadOnlyList<Diagnostic> Diagnostics);
