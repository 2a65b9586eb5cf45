namespace Rgiem.Core.Fixing;

/// <summary>Replace <see cref="Length"/> characters at <see cref="Start"/> with <see cref="Replacement"/>.</summary>
public sealed record TextEdit(int Start, int Length, string Replacement);
