using System.Text;
using System.Text.Json;

namespace Rgiem.Core.FrontMatter;

/// <summary>
/// Writes JSON Schemas (draft-07, which yaml-language-server, ajv and Python's jsonschema support) from the same
/// <see cref="FieldSpec"/> list the validator uses: the front matter of a record, the project file rgiem.yaml
/// and the document registry documents.yaml. Patterns are ECMA-262 regular expressions (no .NET named groups).
/// </summary>
/// <remarks>
/// No top-level field of a record is <c>required</c> in the schema: rgiem.yaml's <c>defaults:</c> may supply any
/// of them, and a record is complete only once they are merged. <c>rgiem check</c> checks the required fields of
/// the merged front matter (RG1009); their descriptions say "Required (here or in rgiem.yaml defaults)".
/// Required keys inside an object (<c>meeting.from</c>, a contact's <c>name</c>) stay required.
/// </remarks>
public static partial class JsonSchemaWriter
{
    public const string SchemaId = "https://rgiem.example.org/schema/record.json";

    public const string ProjectSchemaId = "https://rgiem.example.org/schema/project.json";

    public const string RegistrySchemaId = "https://rgiem.example.org/schema/registry.json";

    private const string Draft07 = "http://json-schema.org/draft-07/schema#";

    /// <summary>The severities rgiem.yaml's <c>rules:</c> accepts (ProjectLoader), with their synonyms.</summary>
    private static readonly string[] Severities = ["error", "warning", "warn", "info", "suggestion", "none", "off", "silent"];

    /// <summary>The schema of a record's front matter.</summary>
    public static string Write(IReadOnlyList<FieldSpec> fields) => Document(writer =>
    {
        writer.WriteString("$schema", Draft07);
        writer.WriteString("$id", SchemaId);
        writer.WriteString("title", "rgiem meeting record front matter");
        writer.WriteString("description", "Front matter of an ITU-T meeting record compiled by rgiem. Fields marked required may come from rgiem.yaml's defaults; rgiem check checks them after merging. See docs/record-format.md.");
        WriteObjectBody(writer, fields, topLevel: true);
    });

    /// <summary>The schema of the project file rgiem.yaml; its <c>defaults:</c> are front matter fields.</summary>
    public static string WriteProject(IReadOnlyList<FieldSpec> fields) => Document(writer =>
    {
        writer.WriteString("$schema", Draft07);
        writer.WriteString("$id", ProjectSchemaId);
        writer.WriteString("title", "rgiem project file (rgiem.yaml)");
        writer.WriteString("description", "Where the records are, where documents go, the front matter every record shares, rule severities and the Word template. See docs/record-format.md.");
        writer.WriteString("type", "object");
        writer.WriteStartObject("properties");

        writer.WriteStartObject("records");
        writer.WriteString("description", "The folder(s) of records, relative to rgiem.yaml (default: the folder of rgiem.yaml).");
        WriteStringOrStrings(writer);
        writer.WriteEndObject();

        writer.WriteStartObject("output");
        writer.WriteString("description", "The folder rgiem build writes documents into, relative to rgiem.yaml and inside the project (default: out).");
        writer.WriteString("type", "string");
        writer.WriteEndObject();

        writer.WriteStartObject("defaults");
        writer.WriteString("description", "Front matter every record gets unless it sets the key itself.");
        WriteObjectBody(writer, fields, topLevel: true);
        writer.WriteEndObject();

        writer.WriteStartObject("rules");
        writer.WriteString("description", "Severity overrides: a rule ID and error, warning, info or none (docs/diagnostics.md).");
        writer.WriteString("type", "object");
        writer.WriteStartObject("propertyNames");
        writer.WriteString("pattern", "^RG[0-9]{4}$");
        writer.WriteEndObject();
        writer.WriteStartObject("additionalProperties");
        writer.WriteString("type", "string");
        WriteEnum(writer, Severities);
        writer.WriteEndObject();
        writer.WriteEndObject();

        writer.WriteStartObject("template");
        writer.WriteString("description", "A Word template (.dotx or .docx) every record uses unless it names its own, relative to rgiem.yaml.");
        writer.WriteString("type", "string");
        writer.WriteEndObject();

        writer.WriteStartObject("styles");
        writer.WriteString("description", "Style map: a construct of the Markdown and the name of the template's style for it (docs/templates.md).");
        writer.WriteString("type", "object");
        writer.WriteStartObject("propertyNames");
        WriteEnum(writer, Model.StyleRoles.All.Select(r => r.Role));
        writer.WriteEndObject();
        writer.WriteStartObject("additionalProperties");
        writer.WriteString("type", "string");
        writer.WriteEndObject();
        writer.WriteEndObject();

        writer.WriteEndObject();
        writer.WriteBoolean("additionalProperties", false);
    });

    /// <summary>The schema of the document registry documents.yaml: a list of entries, or <c>documents:</c> holding one.</summary>
    public static string WriteRegistry() => Document(writer =>
    {
        writer.WriteString("$schema", Draft07);
        writer.WriteString("$id", RegistrySchemaId);
        writer.WriteString("title", "rgiem document registry (documents.yaml)");
        writer.WriteString("description", "The documents the records may cite: a list of entries (or a bare number each). See docs/document-registry.md.");
        writer.WriteStartObject("definitions");
        writer.WriteStartObject("entries");
        writer.WriteString("type", "array");
        writer.WriteStartObject("items");
        writer.WriteStartArray("anyOf");
        writer.WriteStartObject();
        writer.WriteString("type", "string");
        writer.WriteString("description", "A document number alone, e.g. WTSA-20 C103.");
        writer.WriteEndObject();
        writer.WriteStartObject();
        writer.WriteString("type", "object");
        writer.WriteStartObject("properties");
        WriteText(writer, "number", "The document number in any ITU-T form, e.g. TSAG-TD624R2 or DOC5 (230131).");
        WriteText(writer, "title", "The document's title.");
        WriteText(writer, "source", "Who submitted it.");
        writer.WriteStartObject("revision");
        writer.WriteString("description", "The latest revision known, 1 to 99 (an R prefix is accepted: R4).");
        writer.WriteStartArray("anyOf");
        writer.WriteStartObject();
        writer.WriteString("type", "integer");
        writer.WriteNumber("minimum", 1);
        writer.WriteNumber("maximum", 99);
        writer.WriteEndObject();
        writer.WriteStartObject();
        writer.WriteString("type", "string");
        writer.WriteString("pattern", "^R?[0-9]{1,2}$");
        writer.WriteEndObject();
        writer.WriteStartObject();
        writer.WriteString("type", "null");
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteStartArray("required");
        writer.WriteStringValue("number");
        writer.WriteEndArray();
        writer.WriteBoolean("additionalProperties", false);
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteStartArray("anyOf");
        writer.WriteStartObject();
        writer.WriteString("$ref", "#/definitions/entries");
        writer.WriteEndObject();
        writer.WriteStartObject();
        writer.WriteString("type", "object");
        writer.WriteStartObject("properties");
        writer.WriteStartObject("documents");
        writer.WriteString("$ref", "#/definitions/entries");
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteStartArray("required");
        writer.WriteStringValue("documents");
        writer.WriteEndArray();
        writer.WriteBoolean("additionalProperties", false);
        writer.WriteEndObject();
        writer.WriteEndArray();
    });

    /// <summary>
    /// A .NET pattern as an ECMA-262 one (what JSON Schema validators use): named groups become non-capturing
    /// groups, since ECMAScript forbids a name used twice and the schema needs no captures.
    /// </summary>
    public static string EcmaPattern(string pattern) => NamedGroup().Replace(pattern, "(?:");

    [System.Text.RegularExpressions.GeneratedRegex(@"\(\?<[A-Za-z][A-Za-z0-9]*>", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex NamedGroup();

    private static string Document(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteText(Utf8JsonWriter writer, string name, string description)
    {
        writer.WriteStartObject(name);
        writer.WriteString("description", description);
        writer.WriteStartArray("type");
        writer.WriteStringValue("string");
        writer.WriteStringValue("number");
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteStringOrStrings(Utf8JsonWriter writer)
    {
        writer.WriteStartArray("type");
        writer.WriteStringValue("string");
        writer.WriteStringValue("array");
        writer.WriteEndArray();
        writer.WriteStartObject("items");
        writer.WriteString("type", "string");
        writer.WriteEndObject();
    }

    private static void WriteEnum(Utf8JsonWriter writer, IEnumerable<string> values)
    {
        writer.WriteStartArray("enum");
        foreach (string value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    /// <param name="topLevel">The record's own fields, which rgiem.yaml's defaults may supply: none is required.</param>
    private static void WriteObjectBody(Utf8JsonWriter writer, IReadOnlyList<FieldSpec> fields, bool topLevel = false)
    {
        writer.WriteString("type", "object");
        writer.WriteStartObject("properties");
        foreach (var field in fields)
        {
            writer.WriteStartObject(field.Key);
            WriteField(writer, field, topLevel && field.Required ? " Required (here or in rgiem.yaml defaults)." : string.Empty);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        var required = topLevel ? [] : fields.Where(f => f.Required).Select(f => f.Key).ToList();
        if (required.Count > 0)
        {
            writer.WriteStartArray("required");
            foreach (string key in required)
            {
                writer.WriteStringValue(key);
            }

            writer.WriteEndArray();
        }

        writer.WriteBoolean("additionalProperties", false);
    }

    private static void WriteField(Utf8JsonWriter writer, FieldSpec field, string note = "")
    {
        writer.WriteString("description", field.Description + note);
        switch (field.Kind)
        {
            case FieldKind.Date:
                writer.WriteString("type", "string");
                writer.WriteString("format", "date");
                writer.WriteString("pattern", @"^\d{4}-\d{2}-\d{2}$");
                break;
            case FieldKind.Boolean:
                writer.WriteString("type", "boolean");
                break;
            case FieldKind.Count:
                writer.WriteString("type", "integer");
                writer.WriteNumber("minimum", 0);
                break;
            case FieldKind.TextList:
                writer.WriteStartArray("type");
                writer.WriteStringValue("string");
                writer.WriteStringValue("array");
                writer.WriteEndArray();
                writer.WriteStartObject("items");
                writer.WriteString("type", "string");
                writer.WriteEndObject();
                break;
            case FieldKind.Choice:
                writer.WriteString("type", "string");
                writer.WriteStartArray("enum");
                foreach (string value in field.AllowedValues)
                {
                    writer.WriteStringValue(value);
                }

                writer.WriteEndArray();
                break;
            case FieldKind.Object when field.ShorthandKey is not null:
                writer.WriteStartArray("anyOf");
                writer.WriteStartObject();
                WriteField(writer, field.Find(field.ShorthandKey)!);
                writer.WriteEndObject();
                writer.WriteStartObject();
                WriteObjectBody(writer, field.Fields);
                writer.WriteEndObject();
                writer.WriteEndArray();
                break;
            case FieldKind.Object:
                WriteObjectBody(writer, field.Fields);
                break;
            case FieldKind.ObjectList:
                writer.WriteString("type", "array");
                writer.WriteStartObject("items");
                if (field.ShorthandKey is not null)
                {
                    writer.WriteStartArray("anyOf");
                    writer.WriteStartObject();
                    writer.WriteString("type", "string");
                    writer.WriteString("description", $"Shorthand for {{{field.ShorthandKey}: ...}}");
                    writer.WriteEndObject();
                    writer.WriteStartObject();
                    WriteObjectBody(writer, field.Fields);
                    writer.WriteEndObject();
                    writer.WriteEndArray();
                }
                else
                {
                    WriteObjectBody(writer, field.Fields);
                }

                writer.WriteEndObject();
                break;
            case FieldKind.DocumentNumber:
                writer.WriteString("type", "string");
                writer.WriteString("pattern", EcmaPattern("^(?:" + References.DocumentNumber.Grammar + "|" + References.DocumentNumber.ReportGrammar + "|" + References.ConferenceNumber.Grammar + @"|DOC ?[0-9]{1,4} ?\([0-9]{6}\))$"));
                break;
            case FieldKind.StudyPeriod:
                writer.WriteString("type", "string");
                writer.WriteString("pattern", @"^\d{4}-\d{4}$");
                break;
            case FieldKind.GroupName:
                writer.WriteString("type", "string");
                writer.WriteString("pattern", "^" + Model.BodyNames.GroupGrammar + "$");
                break;
            case FieldKind.Identifier:
                writer.WriteString("type", "string");
                writer.WriteString("pattern", "^[A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]+)*$");
                break;
            default:
                writer.WriteString("type", "string");
                if (field.UsualValues.Count > 0)
                {
                    writer.WriteStartArray("examples");
                    foreach (string value in field.UsualValues)
                    {
                        writer.WriteStringValue(value);
                    }

                    writer.WriteEndArray();
                }

                break;
        }
    }
}
