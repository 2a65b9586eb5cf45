namespace Rgiem.Core.References;

/// <summary>Where a record learnt that a document exists.</summary>
public enum KnownDocumentOrigin
{
    /// <summary>The record's <c>documents:</c> front matter list.</summary>
    List,

    /// <summary>The project's document registry (<c>documents.yaml</c> or <c>documents.csv</c>).</summary>
    Registry,

    /// <summary>The record's own <c>number:</c>.</summary>
    Self,
}
