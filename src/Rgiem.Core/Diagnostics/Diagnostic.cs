using System.Globalization;
using Rgiem.Core.Text;

namespace Rgiem.Core.Diagnostics;

/// <summary>One occurrence of a rule at a location, with its effective severity and formatted message.</summary>
public sealed record Diagnostic(DiagnosticDescriptor Descriptor, SourceLocation Location, DiagnosticSeverity Severity, string Message)
{
    public string Id => Descriptor.Id;

    public static Diagnostic Create(DiagnosticDescriptor descriptor, SourceLocation location, params object?[] args) =>
        new(descriptor, location, descriptor.DefaultSeverity, descriptor.FormatMessage(args));

    public Diagnostic WithSeverity(DiagnosticSeverity severity) => this with { Severity = severity };

    /// <summary>
    /// The canonical MSBuild form: <c>path(line,col): error RG1234: message</c>, with the control characters of the
    /// path and the message escaped (<see cref="ControlCharacters"/>), so that a line from an input cannot act on a terminal.
    /// </summary>
    public override string ToString()
    {
        string severity = SeverityText(Severity);
        if (!Location.HasPath)
        {
            return $"rgiem: {severity} {Id}: {ControlCharacters.Escape(Message)}";
        }

        return string.Create(
            CultureInfo.InvariantCulture,
            $"{ControlCharacters.Escape(Location.Path)}({Location.Start.Line + 1},{Location.Start.Character + 1}): {severity} {Id}: {ControlCharacters.Escape(Message)}");
    }

    public static string SeverityText(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };
}
