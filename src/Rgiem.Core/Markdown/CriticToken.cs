namespace Rgiem.Core.Markdown;

/// <summary>The delimiters of CriticMarkup, each an inline of its own until the binder pairs them.</summary>
internal enum CriticToken
{
    InsertOpen,
    InsertClose,
    DeleteOpen,
    DeleteClose,
    SubstituteOpen,
    SubstituteSeparator,
    SubstituteClose,
    CommentOpen,
    CommentClose,
    HighlightOpen,
    HighlightClose,
}
