using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Binding;

/// <summary>Maps a block's source span (offsets of its first and last character) to a file location.</summary>
public delegate SourceLocation SpanMapper(int start, int end);
