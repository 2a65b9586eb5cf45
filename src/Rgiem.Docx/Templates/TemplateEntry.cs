namespace Rgiem.Docx.Templates;

/// <summary>One zip entry of a template, decompressed.</summary>
internal sealed record TemplateEntry(string Name, byte[] Data);
