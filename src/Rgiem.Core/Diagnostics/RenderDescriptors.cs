namespace Rgiem.Core.Diagnostics;

/// <summary>RG8xxx: templates and rendering.</summary>
public static class RenderDescriptors
{
    private const string Category = "Render";

    public static readonly DiagnosticDescriptor RenderFailed = new(
        "RG8001", "Document could not be rendered",
        "Rendering failed: {0}. This is a bug in rgiem; please report it with the record that triggers it",
        DiagnosticSeverity.Error, Category, Configurable: false);

    public static readonly DiagnosticDescriptor InvalidOutput = new(
        "RG8002", "Rendered document is not valid Office Open XML",
        "The rendered document failed validation ({0}); no file was written. This is a bug in rgiem; please report it",
        DiagnosticSeverity.Error, Category, Configurable: false);

    public static readonly DiagnosticDescriptor LogoNotFound = new(
        "RG8003", "Logo image not found", "Logo '{0}' cannot be read ({1}); the cover page is rendered without a logo",
        DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor LogoFormat = new(
        "RG8004", "Logo image format not supported", "Logo '{0}' is not a PNG or JPEG image; the cover page is rendered without a logo",
        DiagnosticSeverity.Warning, Category);

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = [RenderFailed, InvalidOutput, LogoNotFound, LogoFormat];
}
