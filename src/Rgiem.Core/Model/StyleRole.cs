namespace Rgiem.Core.Model;

/// <summary>One entry of the style map: a Markdown construct, its default style name and the kind of style it needs.</summary>
public sealed record StyleRole(string Role, string DefaultName, StyleKind Kind, string Description);
