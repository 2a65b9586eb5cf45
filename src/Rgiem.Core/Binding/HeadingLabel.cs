namespace Rgiem.Core.Binding;

/// <summary>What a heading's text says about its number: a written clause number, an annex label, or nothing.</summary>
internal sealed record HeadingLabel(Model.HeadingKind Kind, string? Number, int PrefixLength, bool Unnumbered, int SuffixLength);
