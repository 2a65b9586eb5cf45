using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Model;

/// <summary>
/// Where a progress report's <c>```{statistics}</c> directive stands. The compiler replaces it with the
/// statistics table built from the meetings the report covers (<see cref="TableBlock"/> with
/// <see cref="TableBlock.Generated"/> set); a renderer that still meets one writes nothing for it.
/// </summary>
public sealed record StatisticsDirectiveBlock(SourceLocation Location) : Block(Location)
{
    /// <summary>The default caption of the statistics table.</summary>
    public const string DefaultCaption = "Statistics of the meetings covered";

    /// <summary>The number of the table's caption (numbered with the other tables: <c>B.1</c> in Annex B).</summary>
    public string? Number { get; init; }

    /// <summary>The caption a <c>Table:</c> paragraph just before the directive gives; null for <see cref="DefaultCaption"/>.</summary>
    public IReadOnlyList<Inline>? Caption { get; init; }

    /// <summary>The cross-reference id of that caption (<c>{#tbl:statistics}</c>), or null.</summary>
    public string? Id { get; init; }

    /// <summary>Where that caption was written, or null.</summary>
    public SourceLocation? CaptionLocation { get; init; }
}
