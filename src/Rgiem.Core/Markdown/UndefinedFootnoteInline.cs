using Markdig.Syntax.Inlines;

namespace Rgiem.Core.Markdown;

/// <summary>A footnote citation <c>[^label]</c> whose label no <c>[^label]:</c> definition of the file has.</summary>
internal sealed class UndefinedFootnoteInline(string label) : LeafInline
{
    public string Label { get; } = label;
}
