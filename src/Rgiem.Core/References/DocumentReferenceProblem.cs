namespace Rgiem.Core.References;

/// <summary>Why a <see cref="DocumentReferenceKind.Malformed"/> reference is not a document number.</summary>
public enum DocumentReferenceProblem
{
    /// <summary>The reference is well-formed.</summary>
    None,

    /// <summary>A body and a type with no number: <c>TSAG-TD</c>.</summary>
    MissingNumber,

    /// <summary>More than four digits of number or two of revision: <c>TD12345</c>.</summary>
    NumberTooLong,

    /// <summary>A revision marker with no revision number: <c>TD666R</c>, <c>TD666Rev</c>.</summary>
    RevisionWithoutNumber,

    /// <summary>Letters or digits stuck to the number that are neither a revision nor a word: <c>TD12a</c>.</summary>
    UnexpectedCharacters,
}
