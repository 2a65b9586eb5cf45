namespace Rgiem.Core.Model;

/// <summary>The ITU-T document class printed on the cover's type line.</summary>
public enum DocumentType
{
    /// <summary>Temporary document.</summary>
    TD,

    /// <summary>Contribution.</summary>
    C,

    /// <summary>Report.</summary>
    Report,

    /// <summary>Liaison statement.</summary>
    LS,

    /// <summary>Conference document (WTSA, PP): a document, an addendum or a revision to one.</summary>
    Conference,
}
