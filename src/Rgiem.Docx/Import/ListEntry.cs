using Rgiem.Core.Model;

namespace Rgiem.Docx.Import;

/// <summary>
/// A list paragraph while a list is being read: its level, kind, list, the number it shows, and its blocks (the paragraph
/// and those that continue it); <see cref="Style"/> says whether it is an ITU enumeration typed in the enumlev styles.
/// </summary>
internal sealed record ListEntry(int Level, bool Ordered, int NumberingId, int Value, List<Block> Blocks)
{
    public ListStyle Style { get; init; }
}
