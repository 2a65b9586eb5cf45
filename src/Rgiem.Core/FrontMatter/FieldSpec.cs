namespace Rgiem.Core.FrontMatter;

/// <summary>One field of the record format.</summary>
public sealed record FieldSpec(string Key, FieldKind Kind, string Description)
{
    public bool Required { get; init; }

    /// <summary>For <see cref="FieldKind.Choice"/>: the only values accepted.</summary>
    public IReadOnlyList<string> AllowedValues { get; init; } = [];

    /// <summary>For text fields: the usual values; others draw a warning (RG1013).</summary>
    public IReadOnlyList<string> UsualValues { get; init; } = [];

    /// <summary>For objects and object lists: the fields of each mapping.</summary>
    public IReadOnlyList<FieldSpec> Fields { get; init; } = [];

    /// <summary>For object lists: the field a plain scalar item stands for. For objects: the field a value that is not a mapping stands for.</summary>
    public string? ShorthandKey { get; init; }

    /// <summary>An example value, as YAML, used in messages and documentation.</summary>
    public string Example { get; init; } = string.Empty;

    public FieldSpec? Find(string key) => Fields.FirstOrDefault(f => string.Equals(f.Key, key, StringComparison.Ordinal));
}
