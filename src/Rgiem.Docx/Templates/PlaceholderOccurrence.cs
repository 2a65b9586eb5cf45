namespace Rgiem.Docx.Templates;

/// <summary>A placeholder found in a template: its name and how it is written (marker, content control or DOCPROPERTY field).</summary>
internal sealed record PlaceholderOccurrence(string Name, string Kind, string Part);
