using System.Globalization;

namespace Rgiem.Core.Diagnostics;

/// <summary>
/// The static description of a rule, after Roslyn's DiagnosticDescriptor: an ID that is never reused,
/// a one-line title, a message template and a default severity.
/// </summary>
/// <param name="Id">Stable identifier, <c>RG</c> followed by four digits.</param>
/// <param name="Title">One-line title used in documentation and SARIF rule metadata.</param>
/// <param name="MessageFormat">Composite format string; arguments are formatted with the invariant culture.</param>
/// <param name="DefaultSeverity">Severity before project overrides and <c>--warnaserror</c>.</param>
/// <param name="Category">The stage or area the rule belongs to.</param>
/// <param name="Configurable">False for problems that make a record unreadable; their severity cannot be lowered.</param>
public sealed record DiagnosticDescriptor(
    string Id,
    string Title,
    string MessageFormat,
    DiagnosticSeverity DefaultSeverity,
    string Category,
    bool Configurable = true)
{
    public string HelpAnchor => Id.ToLowerInvariant();

    public string FormatMessage(params object?[] args) =>
        args.Length == 0 ? MessageFormat : string.Format(CultureInfo.InvariantCulture, MessageFormat, args);
}
