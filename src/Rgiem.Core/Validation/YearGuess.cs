namespace Rgiem.Core.Validation;

/// <summary>
/// The years a date written without one may be in, and what they were inferred from. One year when the
/// record settles it; several when it does not (a rule then reports only what is wrong in all of them).
/// </summary>
public sealed record YearGuess(IReadOnlyList<int> Years, string Basis)
{
    public static YearGuess None { get; } = new([], "nothing");

    public bool IsCertain => Years.Count == 1;
}
