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

    public static readonly DiagnosticDescriptor TemplateNotFound = new(
        "RG8010", "Template cannot be read", "Template '{0}' cannot be read ({1}); no document was written",
        DiagnosticSeverity.Error, Category, Configurable: false);

    public static readonly DiagnosticDescriptor TemplateNotOoxml = new(
        "RG8011", "Template is not a Word document or template",
        "Template '{0}' is not a Word template: {1}. Save it from Word or LibreOffice as a Word template (.dotx) or document (.docx); no document was written",
        DiagnosticSeverity.Error, Category, Configurable: false);

    public static readonly DiagnosticDescriptor TemplateHasMacros = new(
        "RG8012", "Macro-enabled template refused",
        "Template '{0}' is macro-enabled ({1}); rgiem never copies macros into a document. Save it as a Word template without macros (.dotx); no document was written",
        DiagnosticSeverity.Error, Category, Configurable: false);

    public static readonly DiagnosticDescriptor TemplateExternalRelationship = new(
        "RG8013", "Template refers to external files",
        "Template '{0}' refers to a file outside itself ({1} → '{2}'); a document built from it would fetch that file when opened. Remove the link (embed the picture, detach the attached template); no document was written",
        DiagnosticSeverity.Error, Category, Configurable: false);

    public static readonly DiagnosticDescriptor TemplateTooLarge = new(
        "RG8014", "Template is too large",
        "Template '{0}' {1}; templates are limited to {2} so that a hostile file cannot exhaust memory or time. No document was written",
        DiagnosticSeverity.Error, Category, Configurable: false);

    public static readonly DiagnosticDescriptor TemplateStyleMissing = new(
        "RG8015", "Template lacks a style the renderer needs",
        "Template '{0}' has no {1} style '{2}' for {3}; rgiem adds the built-in style of that name. Add the style to the template or map '{4}' to one of its styles under 'styles:' in rgiem.yaml",
        DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor UnknownPlaceholder = new(
        "RG8016", "Unknown template placeholder",
        "Template '{0}' has a placeholder '{1}' ({2}) that rgiem does not know{3}; it is left as it is",
        DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor PlaceholderWithoutValue = new(
        "RG8017", "Template placeholder has no value",
        "Template '{0}' shows '{1}', but the record has no value for it{2}. Add '{3}' to the front matter",
        DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor FieldWithoutPlace = new(
        "RG8018", "Record field has no place in the template",
        "The record's '{0}' does not appear in template '{1}'{2}. Add {{{{{0}}}}} or a content control tagged '{0}' to the template, or remove the field",
        DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor TemplatePartName = new(
        "RG8025", "Template has a zip entry that is not a part name",
        "Template '{0}' has a zip entry '{1}' that is not a valid Open Packaging part name: {2}. Word and LibreOffice never write one; open the template in Word and save it again; no document was written",
        DiagnosticSeverity.Error, Category, Configurable: false);

    public static readonly DiagnosticDescriptor TemplateReadingField = new(
        "RG8026", "Template has a field that reads other files",
        "Template '{0}' has {1} in {2} ('{3}'); rgiem's documents update their fields when opened, so every document built from it would do this. Remove the field (insert its text or picture instead); no document was written",
        DiagnosticSeverity.Error, Category, Configurable: false);

    public static readonly DiagnosticDescriptor TemplateEmbeddedContent = new(
        "RG8027", "Template embeds or links content",
        "Template '{0}' holds {1} in {2}; a report template has no use for it and rgiem would copy it into every document. Remove it from the template; no document was written",
        DiagnosticSeverity.Error, Category, Configurable: false);

    public static readonly DiagnosticDescriptor ImageUnreadable = new(
        "RG8019", "Image changed or vanished during the build",
        "The image '{0}' was checked but cannot be read now ({1}); the record gets no output. Build again once the file is in place",
        DiagnosticSeverity.Error, Category, Configurable: false);

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        RenderFailed, InvalidOutput, LogoNotFound, LogoFormat, TemplateNotFound, TemplateNotOoxml, TemplateHasMacros,
        TemplateExternalRelationship, TemplateTooLarge, TemplateStyleMissing, UnknownPlaceholder, PlaceholderWithoutValue,
        FieldWithoutPlace, TemplatePartName, TemplateReadingField, TemplateEmbeddedContent, ImageUnreadable,
    ];
}
