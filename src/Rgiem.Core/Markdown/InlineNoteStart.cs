using Markdig.Syntax.Inlines;

namespace Rgiem.Core.Markdown;

/// <summary>The <c>^[</c> that opens a pandoc inline note; the binder cuts the note out up to the matching <c>]</c>.</summary>
internal sealed class InlineNoteStart : LeafInline
{
}
