namespace Rgiem.Core.Model;

/// <summary>How a document form uses one front matter field, with an example and the row of the form it fills.</summary>
public sealed record FormField(string Key, FieldUse Use, string Example, string Row);
