using Markdig.Syntax.Inlines;

namespace Rgiem.Core.Markdown;

/// <summary>
/// One CriticMarkup delimiter (<c>{++</c>, <c>~&gt;</c>, <c>--}</c>…). An opening delimiter may carry an attribution,
/// <c>@author date:</c>, written straight after it; <see cref="Length"/> covers it. The binder pairs the delimiters
/// (and turns the ones that pair with nothing back into text), so the text between them is parsed as any Markdown.
/// </summary>
internal sealed class CriticMarker(CriticToken token, int length, string text) : LeafInline
{
    public CriticToken Token { get; } = token;

    /// <summary>Characters of the source the delimiter covers, with its attribution.</summary>
    public int Length { get; } = length;

    /// <summary>The delimiter as written, with its attribution (the text it becomes when it pairs with nothing).</summary>
    public string Text { get; } = text;

    /// <summary>The author of an attribution, or null.</summary>
    public string? Author { get; init; }

    /// <summary>The date of an attribution as written (validated by the binder), or null.</summary>
    public string? Date { get; init; }
}
