using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Rgiem.Docx.Templates;

/// <summary>
/// Placeholders written as DOCPROPERTY fields, simple (<c>w:fldSimple</c>) or complex (<c>w:fldChar</c> begin,
/// instruction runs, separate, result runs, end): the field stays, its shown result is set to the property's value so
/// that the document reads right before Word refreshes it. The name is a document property (Title, Subject…) or a
/// placeholder name.
/// </summary>
internal static partial class DocPropertySyntax
{
    public const string Kind = "DOCPROPERTY field";

    /// <summary>The property a field instruction shows, or null when it is not a DOCPROPERTY field.</summary>
    public static string? Name(string instruction)
    {
        var match = DocProperty().Match(instruction);
        return match.Success ? match.Groups[1].Value : null;
    }

    public static IEnumerable<PlaceholderOccurrence> Scan(OpenXmlElement root, string part)
    {
        var instructions = root.Descendants<SimpleField>().Select(f => f.Instruction?.Value ?? string.Empty).ToList();
        foreach (var paragraph in root.Descendants<Paragraph>())
        {
            WalkComplexFields(paragraph, instruction =>
            {
                instructions.Add(instruction);
                return null;
            });
        }

        return instructions.Select(Name).OfType<string>().Select(name => new PlaceholderOccurrence(name, Kind, part));
    }

    /// <summary>Sets the shown result of every DOCPROPERTY field under <paramref name="root"/> whose property has a value.</summary>
    public static void Fill(PlaceholderFiller filler, OpenXmlElement root, string part)
    {
        foreach (var field in root.Descendants<SimpleField>().ToList())
        {
            if (Name(field.Instruction?.Value ?? string.Empty) is not { } name || filler.PropertyValue(name, part) is not { } value)
            {
                continue;
            }

            var format = field.Descendants<RunProperties>().FirstOrDefault()?.CloneNode(true) as RunProperties;
            field.RemoveAllChildren<Run>();
            field.Append(PlaceholderFiller.TextRun(value, format));
        }

        foreach (var paragraph in root.Descendants<Paragraph>().ToList())
        {
            WalkComplexFields(paragraph, instruction => Name(instruction) is { } name ? filler.PropertyValue(name, part) : null);
        }
    }

    /// <summary>
    /// Walks the complex fields of a paragraph (outermost only: a field nested in another's instruction or result is
    /// part of it). At each field's separator, <paramref name="result"/> is given the instruction; when it returns a
    /// value, the field's shown result becomes that value (its first text element, or a run before the field's end).
    /// </summary>
    private static void WalkComplexFields(Paragraph paragraph, Func<string, string?> result)
    {
        int depth = 0;
        var instruction = new StringBuilder();
        string? value = null;
        bool inResult = false;
        bool wrote = false;
        foreach (var run in paragraph.Descendants<Run>().ToList())
        {
            foreach (var child in run.ChildElements.ToList())
            {
                if (child is FieldChar fieldChar)
                {
                    var type = fieldChar.FieldCharType?.Value;
                    if (type == FieldCharValues.Begin)
                    {
                        depth++;
                        if (depth == 1)
                        {
                            instruction.Clear();
                            value = null;
                            wrote = false;
                        }
                    }
                    else if (type == FieldCharValues.Separate && depth == 1)
                    {
                        value = result(instruction.ToString());
                        inResult = value is not null;
                    }
                    else if (type == FieldCharValues.End)
                    {
                        if (depth == 1 && inResult && !wrote)
                        {
                            run.InsertBeforeSelf(PlaceholderFiller.TextRun(value!, run.RunProperties?.CloneNode(true) as RunProperties));
                        }

                        depth = Math.Max(0, depth - 1);
                        inResult = false;
                    }
                }
                else if (child is FieldCode code && depth == 1)
                {
                    instruction.Append(code.Text);
                }
                else if (child is Text text && inResult && depth == 1)
                {
                    text.Text = wrote ? string.Empty : value!;
                    text.Space = SpaceProcessingModeValues.Preserve;
                    wrote = true;
                }
            }
        }
    }

    [GeneratedRegex(@"^\s*DOCPROPERTY\s+""?([^""\s\\]+)""?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DocProperty();
}
