using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Binding;

/// <summary>Maps a zero-based (line, column) of parsed Markdown to a location in the author's file.</summary>
public delegate SourceLocation LocationMapper(int line, int column, int length);
