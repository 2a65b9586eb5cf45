namespace Rgiem.Core.Import.Edits;

/// <summary>A replacement of the source from <see cref="Start"/> to <see cref="End"/> (equal for an insertion); <see cref="Order"/> keeps insertions at one place in document order.</summary>
internal sealed record SourceChange(int Start, int End, string Text, int Order, int Paragraph, string What);
