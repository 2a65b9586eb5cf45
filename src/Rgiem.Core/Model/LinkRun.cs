namespace Rgiem.Core.Model;

/// <summary>A hyperlink to an absolute URL (http, https, mailto) or an internal anchor.</summary>
public sealed record LinkRun(string Url, IReadOnlyList<Inline> Children) : Inline;
