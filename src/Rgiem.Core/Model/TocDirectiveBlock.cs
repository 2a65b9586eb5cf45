using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Model;

/// <summary>
/// Where a record's <c>```{toc}</c> directive puts the table of contents (a report's opening NOTE can come
/// before it); without the directive, <c>toc: true</c> puts it right after the cover. A renderer that has no
/// table of contents to write there writes nothing for it.
/// </summary>
public sealed record TocDirectiveBlock(SourceLocation Location) : Block(Location);
