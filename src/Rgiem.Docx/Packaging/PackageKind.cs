namespace Rgiem.Docx.Packaging;

/// <summary>What a WordprocessingML package is written as; it decides the content type of its main part.</summary>
internal enum PackageKind
{
    /// <summary>A .docx: <c>wordprocessingml.document.main+xml</c>.</summary>
    Document,

    /// <summary>A .dotx: <c>wordprocessingml.template.main+xml</c>.</summary>
    Template,
}
