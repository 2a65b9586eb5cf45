using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Model;

/// <summary>A block of the body. <see cref="Location"/> is its first line in the author's Markdown.</summary>
public abstract record Block(SourceLocation Location);
