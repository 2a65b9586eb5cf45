namespace Rgiem.Core.Model;

/// <summary>Inline code, rendered in a monospaced font.</summary>
public sealed record CodeRun(string Text) : Inline;
