namespace Rgiem.Core.Import.Edits;

/// <summary>A character of a record paragraph as Word shows it: where it is in the source (-1: not written there as it reads) and which change of the record holds it.</summary>
internal readonly record struct RecordChar(char Value, int Offset, SegmentKind Kind);
