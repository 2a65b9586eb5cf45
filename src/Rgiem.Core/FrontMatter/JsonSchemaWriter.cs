using System.Text;
using System.Text.Json;

namespace Rgiem.Core.FrontMatter;

/// <summary>
/// Writes the front matter schema as JSON Schema (draft-07, which yaml-language-server supports), from
/// the same <see cref="FieldSpec"/> list the validator uses.
/// </summary>
public static class JsonSchemaWriter
{
    public const string SchemaId = "https://rgiem.example.org/schema/record.json";

    public static string Write(IReadOnlyList<FieldSpec> fields)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", "http://json-schema.org/draft-07/schema#");
            writer.WriteString("$id", SchemaId);
            writer.WriteString("title", "rgiem meeting record front matter");
            writer.WriteString("description", "Front matter of an ITU-T meeting record compiled by rgiem. See docs/record-format.md.");
            WriteObjectBody(writer, fields);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteObjectBody(Utf8JsonWriter writer, IReadOnlyList<FieldSpec> fields)
    {
        writer.WriteString("type", "object");
        writer.WriteStartObject("properties");
        foreach (var field in fields)
        {
            writer.WriteStartObject(field.Key);
            WriteField(writer, field);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        var required = fields.Where(f => f.Required).Select(f => f.Key).ToList();
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

    private static void WriteField(Utf8JsonWriter writer, FieldSpec field)
    {
        writer.WriteString("description", field.Description);
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
                writer.WriteString("pattern", "^(?:" + References.DocumentNumber.Grammar + "|" + References.DocumentNumber.ReportGrammar + "|" + References.ConferenceNumber.Grammar + @"|DOC ?[0-9]{1,4} ?\([0-9]{6}\))$");
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
