namespace Rgiem.Core.Validation.Rules.Readiness;

/// <summary>
/// What RG7020 (<see cref="NameNearMissRule"/>) knows of a word it met (<paramref name="Word"/>, the cache's key): the index among the known names of the first one
/// it is a slip of (-1 for none, -2 when it is one), and its slip in the record of <paramref name="Stamp"/> (the index in
/// that record's names, or -1).
/// </summary>
internal readonly record struct WordFacts(string Word, int FirstKnown, int Stamp, int Slip);
