namespace Rgiem.Docx.Packaging;

/// <summary>A part of a package by its zip entry name (no leading slash), with its content type and bytes.</summary>
internal sealed record PackagePart(string Name, string ContentType, byte[] Bytes);
