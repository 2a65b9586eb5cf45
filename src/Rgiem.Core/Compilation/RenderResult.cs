using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Compilation;

/// <summary>The bytes of a rendered document (null on failure) and what went wrong or was noticed.</summary>
public sealed record RenderResult(byte[]? Content, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>
    /// Where the bytes went instead of <see cref="Content"/> (then null) when a build staged the document to disk as
    /// soon as it was rendered (<see cref="OutputStaging"/>).
    /// </summary>
    public StagedOutput? Staged { get; init; }
}
