namespace Rgiem.Core.Model;

/// <summary>The ITU paragraph kinds a body paragraph may be (docs/record-format.md, "ITU paragraph kinds").</summary>
public enum ParagraphKind
{
    /// <summary>Body text.</summary>
    Normal,

    /// <summary>A <c>NOTE –</c> or <c>NOTE 1 –</c> paragraph, in TSB's <c>Note</c> style.</summary>
    Note,

    /// <summary>A run-in heading without a number (<c>### Title {.headingb}</c>), in TSB's <c>Headingb</c> style.</summary>
    Headingb,

    /// <summary>A paragraph of a <c>```{call}</c> directive, in TSB's <c>Call</c> style.</summary>
    Call,
}
