using Rgiem.Core.Model;

namespace Rgiem.Core.Import.Edits;

/// <summary>A stretch of text of an edited paragraph: plain, or inside one tracked insertion or deletion.</summary>
public sealed record EditSegment(string Text, SegmentKind Kind, Attribution Attribution);
