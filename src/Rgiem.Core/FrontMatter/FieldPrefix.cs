using System.Globalization;

namespace Rgiem.Core.FrontMatter;

/// <summary>
/// What the full names of a mapping's fields start with (<c>meeting.</c>, <c>documents[3].</c>, nothing at the top), for
/// <see cref="FrontMatterValidator"/>'s messages: a name is made only when a message or a review needs it, and an item of
/// a list of mappings does not make its own prefix at all unless one does (issue 21, h28c). <see cref="Of"/> gives the
/// strings the validator made before: <c>prefix + key</c>, and for an item <c>$"{list}[{index}]" + "." + key</c>.
/// </summary>
internal readonly struct FieldPrefix
{
    private readonly string text;
    private readonly string? list;
    private readonly int index;

    /// <summary>The prefix <paramref name="text"/> itself (empty at the top, <c>meeting.</c> inside <c>meeting</c>).</summary>
    public FieldPrefix(string text)
    {
        this.text = text;
        list = null;
        index = 0;
    }

    /// <summary>The prefix of item <paramref name="index"/> of the list <paramref name="list"/>: <c>list[index].</c>.</summary>
    public FieldPrefix(string list, int index)
    {
        text = string.Empty;
        this.list = list;
        this.index = index;
    }

    /// <summary>The name of item <paramref name="index"/> of the list <paramref name="list"/>: <c>list[index]</c>.</summary>
    public static string Item(string list, int index) => string.Create(CultureInfo.InvariantCulture, $"{list}[{index}]");

    /// <summary>The full name of the field <paramref name="key"/>.</summary>
    public string Of(string key) =>
        list is null ? text + key : string.Create(CultureInfo.InvariantCulture, $"{list}[{index}].{key}");
}
