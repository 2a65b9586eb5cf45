using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Model;

/// <summary>
/// A picture: <c>![alt](path "title")</c>. <see cref="FullPath"/> is the checked file inside the project (the renderer
/// reads it), <see cref="Info"/> what its header says; <see cref="Alt"/> is the alternative text for readers who cannot see it.
/// </summary>
public sealed record ImageRun(string Alt, string? Title, string Target, string FullPath, ImageInfo Info, SourceLocation Location) : Inline
{
    /// <summary>The alternative text with its formatting: the caption of a figure that has no title.</summary>
    public IReadOnlyList<Inline> Caption { get; init; } = [];
}
