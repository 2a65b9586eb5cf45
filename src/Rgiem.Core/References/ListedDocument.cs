using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.References;

/// <summary>One entry of a record's <c>documents:</c> list, with where its number is written.</summary>
/// <param name="Written">The number as written.</param>
/// <param name="Known">The entry as a known document; null when its number is malformed or it repeats an earlier entry.</param>
/// <param name="Location">The number's location (in the record, or in rgiem.yaml for a project default).</param>
/// <param name="InRecord">True when the entry is written in the record itself, not inherited from rgiem.yaml.</param>
public sealed record ListedDocument(string Written, KnownDocument? Known, SourceLocation Location, bool InRecord);
