namespace Rgiem.Core.Model;

/// <summary>One Contact row of the cover page.</summary>
public sealed record Contact(string Name, string? Organization, string? Country, string? Tel, string? Email);
