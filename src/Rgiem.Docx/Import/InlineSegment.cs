using Rgiem.Core.Model;

namespace Rgiem.Docx.Import;

/// <summary>One piece of a paragraph's content with its formatting, before equal neighbours are merged and nested.</summary>
internal readonly record struct InlineSegment(Inline Item, RunFormat Format);
