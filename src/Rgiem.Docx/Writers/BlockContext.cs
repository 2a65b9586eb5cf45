namespace Rgiem.Docx.Writers;

/// <summary>Where a block sits: inside a quote, inside a list (level, and the numbering of its first paragraph), inside an ITU list.</summary>
internal readonly record struct BlockContext(bool Quote, int ListLevel, int? NumberingId, int EnumLevel = -1)
{
    public static BlockContext Body => new(false, -1, null);
}
