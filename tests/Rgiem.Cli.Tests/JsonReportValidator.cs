using System.Text.Json;
using System.Text.RegularExpressions;
using Rgiem.Core.Diagnostics;

namespace Rgiem.Cli.Tests;

/// <summary>Checks a <c>--format json</c> document against the shape documented in docs/output-formats.md.</summary>
internal static partial class JsonReportValidator
{
    private static readonly string[] Severities = ["error", "warning", "info"];

    public static IReadOnlyList<string> Validate(string text)
    {
        var problems = new List<string>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException ex)
        {
            return ["not JSON: " + ex.Message];
        }

        using (document)
        {
            var root = document.RootElement;
            Expect(root, "formatVersion", JsonValueKind.Number, problems);
            if (root.TryGetProperty("formatVersion", out var format) && format.ValueKind == JsonValueKind.Number && format.GetInt32() != 1)
            {
                problems.Add("formatVersion is not 1");
            }

            if (Expect(root, "tool", JsonValueKind.String, problems) && root.GetProperty("tool").GetString() != "rgiem")
            {
                problems.Add("tool is not rgiem");
            }

            if (Expect(root, "version", JsonValueKind.String, problems) && !Version().IsMatch(root.GetProperty("version").GetString()!))
            {
                problems.Add("version is not a semantic version");
            }

            Expect(root, "command", JsonValueKind.String, problems);
            Expect(root, "exitCode", JsonValueKind.Number, problems);
            if (Expect(root, "summary", JsonValueKind.Object, problems))
            {
                foreach (string count in new[] { "records", "errors", "warnings", "infos", "written" })
                {
                    Expect(root.GetProperty("summary"), count, JsonValueKind.Number, problems);
                }
            }

            if (Expect(root, "records", JsonValueKind.Array, problems))
            {
                foreach (var record in root.GetProperty("records").EnumerateArray())
                {
                    Expect(record, "path", JsonValueKind.String, problems);
                    Expect(record, "errors", JsonValueKind.Number, problems);
                    Expect(record, "warnings", JsonValueKind.Number, problems);
                    Expect(record, "infos", JsonValueKind.Number, problems);
                    ExpectNullable(record, "output", JsonValueKind.String, problems);
                }
            }

            if (Expect(root, "diagnostics", JsonValueKind.Array, problems))
            {
                int errors = 0, warnings = 0, infos = 0;
                foreach (var diagnostic in root.GetProperty("diagnostics").EnumerateArray())
                {
                    ValidateDiagnostic(diagnostic, problems);
                    switch (diagnostic.TryGetProperty("severity", out var s) ? s.GetString() : null)
                    {
                        case "error": errors++; break;
                        case "warning": warnings++; break;
                        case "info": infos++; break;
                    }
                }

                if (root.TryGetProperty("summary", out var summary) && summary.ValueKind == JsonValueKind.Object
                    && (summary.GetProperty("errors").GetInt32(), summary.GetProperty("warnings").GetInt32(), summary.GetProperty("infos").GetInt32()) != (errors, warnings, infos))
                {
                    problems.Add("summary counts differ from the diagnostics");
                }
            }

            if (Expect(root, "written", JsonValueKind.Array, problems))
            {
                foreach (var written in root.GetProperty("written").EnumerateArray())
                {
                    Expect(written, "record", JsonValueKind.String, problems);
                    Expect(written, "path", JsonValueKind.String, problems);
                    Expect(written, "bytes", JsonValueKind.Number, problems);
                }
            }
        }

        return problems;
    }

    private static void ValidateDiagnostic(JsonElement diagnostic, List<string> problems)
    {
        if (Expect(diagnostic, "id", JsonValueKind.String, problems))
        {
            string id = diagnostic.GetProperty("id").GetString()!;
            var descriptor = DiagnosticCatalog.Find(id);
            if (descriptor is null)
            {
                problems.Add($"{id} is not in the catalog");
            }
            else
            {
                if (diagnostic.TryGetProperty("title", out var title) && title.GetString() != descriptor.Title)
                {
                    problems.Add($"{id}: title differs from the descriptor");
                }

                if (diagnostic.TryGetProperty("helpUri", out var help) && help.GetString()?.EndsWith("docs/diagnostics.md#" + id.ToLowerInvariant(), StringComparison.Ordinal) != true)
                {
                    problems.Add($"{id}: helpUri does not point at its section of docs/diagnostics.md");
                }
            }
        }

        if (Expect(diagnostic, "severity", JsonValueKind.String, problems) && !Severities.Contains(diagnostic.GetProperty("severity").GetString()))
        {
            problems.Add("severity is not error, warning or info");
        }

        Expect(diagnostic, "defaultSeverity", JsonValueKind.String, problems);
        Expect(diagnostic, "title", JsonValueKind.String, problems);
        Expect(diagnostic, "message", JsonValueKind.String, problems);
        Expect(diagnostic, "category", JsonValueKind.String, problems);
        Expect(diagnostic, "helpUri", JsonValueKind.String, problems);
        Expect(diagnostic, "text", JsonValueKind.String, problems);
        bool hasPath = ExpectNullable(diagnostic, "path", JsonValueKind.String, problems);
        foreach (string position in new[] { "line", "column", "endLine", "endColumn" })
        {
            bool has = ExpectNullable(diagnostic, position, JsonValueKind.Number, problems);
            if (has != hasPath)
            {
                problems.Add($"{position} is {(has ? "set" : "null")} but path is {(hasPath ? "set" : "null")}");
            }
            else if (has && diagnostic.GetProperty(position).GetInt32() < 1)
            {
                problems.Add(position + " is less than 1");
            }
        }
    }

    private static bool Expect(JsonElement parent, string name, JsonValueKind kind, List<string> problems)
    {
        if (parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == kind)
        {
            return true;
        }

        problems.Add($"'{name}' must be {kind}");
        return false;
    }

    /// <summary>True when the property holds a value of <paramref name="kind"/>; false when it is null.</summary>
    private static bool ExpectNullable(JsonElement parent, string name, JsonValueKind kind, List<string> problems)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            problems.Add($"'{name}' is missing (it must be present, null when absent)");
            return false;
        }

        if (value.ValueKind == JsonValueKind.Null)
        {
            return false;
        }

        if (value.ValueKind != kind)
        {
            problems.Add($"'{name}' must be {kind} or null");
            return false;
        }

        return true;
    }

    [GeneratedRegex(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$")]
    private static partial Regex Version();
}
