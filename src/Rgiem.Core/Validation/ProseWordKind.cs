namespace Rgiem.Core.Validation;

/// <summary>What a <see cref="ProseWord"/> starts with.</summary>
public enum ProseWordKind
{
    /// <summary>A lower-case or other letter ("the", "été").</summary>
    Word,

    /// <summary>An ASCII digit ("2019", "1/2", "3rd").</summary>
    Number,

    /// <summary>An ASCII capital ("The", "TSAG-TD585").</summary>
    Capitalised,

    /// <summary>A digit or capital that is not ASCII.</summary>
    Other,
}
