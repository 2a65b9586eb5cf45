using Rgiem.Cli.Tests.Support;

namespace Rgiem.Cli.Tests.BadInput;

/// <summary>A diagnostic a bad input must produce: its ID, and its file and position when they are known exactly.</summary>
/// <param name="Path">The file as printed, or null for a run-level diagnostic (<c>rgiem: error RG0005</c>).</param>
/// <param name="Line">One-based line, or null for "any line of the file".</param>
public sealed record ExpectedDiagnostic(string Id, string? Path, int? Line = null, int? Column = null)
{
    public bool Matches(PrintedDiagnostic printed) =>
        printed.Id == Id
        && printed.Path == Path
        && (Path is null || printed.Line >= 1)
        && (Line is null || printed.Line == Line)
        && (Column is null || printed.Column == Column);

    public override string ToString() => $"{Path ?? "rgiem"}({Line?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "*"},{Column?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "*"}): {Id}";
}
