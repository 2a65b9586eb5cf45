namespace Rgiem.Core.Diagnostics;

/// <summary>RG0070–RG0079: inline suppressions (<c>&lt;!-- rgiem-disable-next-line RG7001 --&gt;</c>) in the Markdown.</summary>
public static class SuppressionDescriptors
{
    private const string Category = "Suppression";

    public static readonly DiagnosticDescriptor Unused = new(
        "RG0070", "Unused suppression",
        "This '{0}' comment suppresses nothing: no {1} is reported where it applies. Remove the comment",
        DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor UnknownRule = new(
        "RG0071", "Suppression of an unknown rule",
        "'{0}' is not a rule rgiem reports{1}. Write the ID of the diagnostic to suppress, e.g. 'rgiem-disable-next-line RG7001'",
        DiagnosticSeverity.Warning, Category);

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = [Unused, UnknownRule];
}
