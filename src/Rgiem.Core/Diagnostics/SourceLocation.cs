using Rgiem.Core.Text;

namespace Rgiem.Core.Diagnostics;

/// <summary>A span in a file, zero-based; printed one-based.</summary>
public sealed record SourceLocation(string Path, LinePosition Start, LinePosition End)
{
    public static SourceLocation None { get; } = new(string.Empty, default, default);

    public bool HasPath => Path.Length > 0;

    public static SourceLocation FileOnly(string path) => new(path, default, default);

    public static SourceLocation At(string path, int line, int character, int length = 0) =>
        new(path, new LinePosition(line, character), new LinePosition(line, character + Math.Max(0, length)));

    public static SourceLocation FromOffsets(SourceText source, int start, int end) =>
        new(source.Path, source.GetPosition(start), source.GetPosition(Math.Max(start, end)));
}
