using System.Globalization;
using System.Text.RegularExpressions;

namespace Rgiem.Cli.Tests.Support;

/// <summary>One diagnostic line as rgiem printed it: <c>path(line,col): severity ID: message</c>; no path for run-level ones.</summary>
public sealed record PrintedDiagnostic(string? Path, int Line, int Column, string Severity, string Id, string Message)
{
    public static PrintedDiagnostic From(Match match) => new(
        match.Groups["path"].Success ? match.Groups["path"].Value : null,
        match.Groups["line"].Success ? int.Parse(match.Groups["line"].Value, CultureInfo.InvariantCulture) : 0,
        match.Groups["column"].Success ? int.Parse(match.Groups["column"].Value, CultureInfo.InvariantCulture) : 0,
        match.Groups["severity"].Value,
        match.Groups["id"].Value,
        match.Groups["message"].Value);

    public override string ToString() =>
        Path is null ? $"rgiem: {Severity} {Id}: {Message}" : $"{Path}({Line},{Column}): {Severity} {Id}: {Message}";
}
