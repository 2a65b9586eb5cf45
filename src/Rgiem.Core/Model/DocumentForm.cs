namespace Rgiem.Core.Model;

/// <summary>
/// One ITU-T document form as TSB's templates lay it out: its name in <c>type:</c>, the letters of its
/// numbers, its type line, and which front matter fields it requires, allows (a row only when given) or has
/// no place for. <see cref="DocumentForms"/> holds them all; the schema, the checks, the cover writer, the
/// template placeholders and the CLI read them from there.
/// </summary>
public sealed record DocumentForm(DocumentType Type, string Name, string NumberCode, string Description, string TypeLine)
{
    /// <summary>The fields this form requires or has no place for; any other field is optional.</summary>
    public IReadOnlyList<FormField> Fields { get; init; } = [];

    /// <summary>What the form does with <paramref name="key"/>.</summary>
    public FieldUse Use(string key) => Find(key)?.Use ?? FieldUse.Optional;

    public FormField? Find(string key) => Fields.FirstOrDefault(f => string.Equals(f.Key, key, StringComparison.Ordinal));
}
