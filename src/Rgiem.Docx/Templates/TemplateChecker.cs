using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Rgiem.Core.Diagnostics;
using Rgiem.Docx.HouseStyle;

namespace Rgiem.Docx.Templates;

/// <summary>
/// <c>rgiem template check</c>: what building with a template would refuse (RG8010–RG8014), the styles the
/// renderer needs that it lacks (RG8015) and the placeholders it does not know (RG8016), without a record.
/// </summary>
public static class TemplateChecker
{
    /// <param name="path">Full path of the template.</param>
    /// <param name="displayName">How messages name it.</param>
    /// <param name="styles">The style map overrides of the project (rgiem.yaml <c>styles:</c>).</param>
    public static TemplateReport Check(string path, string displayName, IReadOnlyDictionary<string, string>? styles = null)
    {
        var diagnostics = new DiagnosticBag();
        var location = SourceLocation.FileOnly(displayName);
        var placeholders = new List<string>();
        var file = TemplateLoader.Load(path, displayName, location, diagnostics);
        if (file is not null)
        {
            try
            {
                using var stream = file.OpenPackage();
                using var document = WordprocessingDocument.Open(stream, false);
                Inspect(document, displayName, styles ?? new Dictionary<string, string>(), location, diagnostics, placeholders);
            }
            catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or XmlException or IOException or InvalidOperationException or ArgumentException or FormatException)
            {
                diagnostics.Add(RenderDescriptors.TemplateNotOoxml, location, displayName, "its parts cannot be read (" + ex.Message.TrimEnd('.') + ")");
            }
        }

        return new TemplateReport(diagnostics.ToList(), placeholders);
    }

    private static void Inspect(WordprocessingDocument document, string name, IReadOnlyDictionary<string, string> styles, SourceLocation location, DiagnosticBag diagnostics, List<string> placeholders)
    {
        if (document.MainDocumentPart is not { } main || main.Document?.Body is not { } body)
        {
            diagnostics.Add(RenderDescriptors.TemplateNotOoxml, location, name, "it has no document body");
            return;
        }

        var found = PlaceholderFiller.Scan(body, "document").ToList();
        foreach (var header in main.HeaderParts)
        {
            found.AddRange(PlaceholderFiller.Scan(header.Header, "header"));
        }

        foreach (var footer in main.FooterParts)
        {
            found.AddRange(PlaceholderFiller.Scan(footer.Footer, "footer"));
        }

        bool hasCover = found.Any(p => p.Part == "document" && Placeholders.IsKnown(p.Name));
        bool hasToc = found.Any(p => Placeholders.Is(p.Name, Placeholders.Toc));
        var roles = TemplateRenderer.BodyRoles.Concat(hasCover ? [] : TemplateRenderer.CoverRoles).Concat(hasToc ? TemplateRenderer.TocRoles : []);
        var target = (Styles?)main.StyleDefinitionsPart?.Styles?.CloneNode(true) ?? new Styles();
        StyleMapping.Resolve(target, StylesBuilder.Build("en-GB", tableOfContents: true), roles, styles, addMissing: false, name, location, diagnostics);

        var properties = new HashSet<string>(["Title", "Subject", "Author", "Keywords", "Comments", "Description"], StringComparer.OrdinalIgnoreCase);
        foreach (var occurrence in found.DistinctBy(p => (p.Name.ToLowerInvariant(), p.Kind, p.Part)))
        {
            bool known = Placeholders.IsKnown(occurrence.Name) || (occurrence.Kind == "DOCPROPERTY field" && properties.Contains(occurrence.Name));
            if (!known)
            {
                diagnostics.Add(RenderDescriptors.UnknownPlaceholder, location, name, occurrence.Name, occurrence.Kind + " in the " + occurrence.Part,
                    Core.Text.Suggestions.DidYouMean(occurrence.Name, Placeholders.All.Select(p => p.Name)));
            }
            else
            {
                placeholders.Add($"{occurrence.Name} ({occurrence.Kind} in the {occurrence.Part})");
            }
        }
    }
}
