using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Model;
using Rgiem.Docx.HouseStyle;

namespace Rgiem.Docx.Templates;

/// <summary>
/// The style map applied to a style sheet: for each role rgiem renders, the id of the style named for it
/// (rgiem.yaml's <c>styles:</c> or the default name) in the template. The writers use the built-in ids;
/// <see cref="Apply"/> rewrites them to the template's. A style the template lacks is added from the
/// built-in house style and reported (RG8015).
/// </summary>
internal sealed class StyleMapping
{
    private readonly Dictionary<string, string> ids = new(StringComparer.Ordinal);

    public static StyleMapping Identity { get; } = new();

    /// <summary>The template's style id for a built-in style id.</summary>
    public string Map(string builtInId) => ids.GetValueOrDefault(builtInId, builtInId);

    public bool IsIdentity => ids.All(p => p.Key == p.Value);

    /// <summary>
    /// Resolves <paramref name="roles"/> against <paramref name="target"/>; with <paramref name="addMissing"/>
    /// (a user template) the built-in definition of a missing style is copied into it.
    /// </summary>
    public static StyleMapping Resolve(
        Styles target,
        Styles builtIn,
        IEnumerable<string> roles,
        IReadOnlyDictionary<string, string> overrides,
        bool addMissing,
        string templateName,
        SourceLocation location,
        DiagnosticBag diagnostics)
    {
        var mapping = new StyleMapping();
        var added = new List<Style>();
        foreach (string roleName in roles)
        {
            var role = StyleRoles.Find(roleName)!;
            string builtInId = StyleIds.ByRole[roleName];
            string name = overrides.GetValueOrDefault(roleName, role.DefaultName);
            var type = TypeOf(role.Kind);
            if (Find(target, name, type) is { } found)
            {
                mapping.ids[builtInId] = found.StyleId!.Value!;
                continue;
            }

            diagnostics.Add(RenderDescriptors.TemplateStyleMissing, location, templateName, Kind(role.Kind), name, role.Description.ToLowerInvariant(), roleName);
            if (!addMissing || builtIn.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == builtInId) is not { } definition)
            {
                continue;
            }

            var copy = (Style)definition.CloneNode(true);
            string id = builtInId;
            if (target.Elements<Style>().Any(s => string.Equals(s.StyleId?.Value, id, StringComparison.OrdinalIgnoreCase)))
            {
                id = "Rgiem" + builtInId;
            }

            copy.StyleId = id;
            copy.StyleName = new StyleName { Val = name };
            copy.Default = null;
            mapping.ids[builtInId] = id;
            added.Add(copy);
        }

        // Styles the added ones are based on (Normal, Table_text) are mapped like any other.
        foreach (var style in added)
        {
            if (style.BasedOn?.Val?.Value is { } basedOn)
            {
                style.BasedOn.Val = mapping.Map(basedOn);
                if (!target.Elements<Style>().Any(s => s.StyleId?.Value == style.BasedOn.Val.Value) && !added.Any(a => a.StyleId?.Value == style.BasedOn.Val.Value))
                {
                    style.BasedOn = null;
                }
            }

            if (style.NextParagraphStyle?.Val?.Value is { } next)
            {
                style.NextParagraphStyle.Val = mapping.Map(next);
            }

            target.Append(style);
        }

        return mapping;
    }

    /// <summary>Rewrites the style references of rendered content to the template's ids.</summary>
    public void Apply(IEnumerable<OpenXmlElement> elements)
    {
        if (IsIdentity)
        {
            return;
        }

        foreach (var element in elements)
        {
            foreach (var reference in element.Descendants<ParagraphStyleId>().Concat(element is ParagraphStyleId p ? [p] : []))
            {
                reference.Val = Map(reference.Val?.Value ?? string.Empty);
            }

            foreach (var reference in element.Descendants<RunStyle>())
            {
                reference.Val = Map(reference.Val?.Value ?? string.Empty);
            }

            foreach (var reference in element.Descendants<TableStyle>())
            {
                reference.Val = Map(reference.Val?.Value ?? string.Empty);
            }
        }
    }

    /// <summary>The style of <paramref name="type"/> whose name (or else id) is <paramref name="name"/>, ignoring case.</summary>
    public static Style? Find(Styles styles, string name, StyleValues type)
    {
        var candidates = styles.Elements<Style>().Where(s => s.Type?.Value == type && s.StyleId?.Value is { Length: > 0 }).ToList();
        return candidates.FirstOrDefault(s => string.Equals(s.StyleName?.Val?.Value, name, StringComparison.OrdinalIgnoreCase))
            ?? candidates.FirstOrDefault(s => string.Equals(s.StyleId?.Value, name, StringComparison.OrdinalIgnoreCase))
            ?? candidates.FirstOrDefault(s => string.Equals(s.StyleId?.Value, name.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase));
    }

    public static StyleValues TypeOf(StyleKind kind) => kind switch
    {
        StyleKind.Character => StyleValues.Character,
        StyleKind.Table => StyleValues.Table,
        _ => StyleValues.Paragraph,
    };

    private static string Kind(StyleKind kind) => kind switch
    {
        StyleKind.Character => "character",
        StyleKind.Table => "table",
        _ => "paragraph",
    };
}
