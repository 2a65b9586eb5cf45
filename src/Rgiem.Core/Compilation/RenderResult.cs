using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Compilation;

/// <summary>The bytes of a rendered document (null on failure) and what went wrong or was noticed.</summary>
public sealed record RenderResult(byte[]? Content, IReadOnlyList<Diagnostic> Diagnostics);
