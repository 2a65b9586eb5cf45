namespace Rgiem.Core.Import.Edits;

/// <summary>How a stretch of an edited paragraph's text is marked in Word.</summary>
public enum SegmentKind
{
    Normal,
    Inserted,
    Deleted,
}
