using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Model;

/// <summary>
/// Where a progress report's <c>```{statistics}</c> directive stands. The compiler replaces it with the
/// statistics table built from the meetings the report covers (<see cref="TableBlock"/> with
/// <see cref="TableBlock.Generated"/> set); a renderer that still meets one writes nothing for it.
/// </summary>
public sealed record StatisticsDirectiveBlock(SourceLocation Location) : Block(Location);
