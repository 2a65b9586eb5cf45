using Rgiem.Core.Model;

namespace Rgiem.Docx.Writers;

/// <summary>
/// One step of writing a list (<see cref="ListLayout"/>), which <see cref="BodyWriter"/> and <see cref="DirectBodyWriter"/>
/// both follow:
/// <list type="bullet">
/// <item>an ITU list's paragraph (<see cref="Style"/> set): in that style, <see cref="Mark"/> as text (the item's mark and a
/// tab, or a tab alone), then the text of <see cref="Block"/> (a paragraph's inlines, an action's label and text) if any;</item>
/// <item>a bulleted or numbered item's empty paragraph (<see cref="Block"/> null): its number in <see cref="Context"/>
/// before an item that starts with a list or a table;</item>
/// <item>else <see cref="Block"/> written as any block, in <see cref="Context"/>.</item>
/// </list>
/// </summary>
internal readonly record struct ListStep(Block? Block, BlockContext Context, string? Style = null, string? Mark = null);
