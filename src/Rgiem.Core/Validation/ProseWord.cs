namespace Rgiem.Core.Validation;

/// <summary>
/// A word of a <see cref="ProseSegment"/>'s text (<see cref="ProseTokens"/>): letters and digits, with inner hyphens and
/// apostrophes ("ITU-T", "TSAG's"), from <see cref="Start"/> to <see cref="End"/> (exclusive).
/// </summary>
public readonly record struct ProseWord(int Start, int End, ProseWordKind Kind)
{
    public int Length => End - Start;
}
