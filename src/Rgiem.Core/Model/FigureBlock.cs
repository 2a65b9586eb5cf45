using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Model;

/// <summary>
/// A picture that stands in a paragraph of its own, with its caption below it: <c>Figure 3 – caption</c> (<c>Figure A.1</c>
/// in Annex A). <see cref="Number"/> is that number, <see cref="Id"/> the cross-reference id (<c>fig:participation</c>) or null.
/// </summary>
public sealed record FigureBlock(ImageRun Image, IReadOnlyList<Inline> Caption, string Number, string? Id, SourceLocation Location) : Block(Location);
