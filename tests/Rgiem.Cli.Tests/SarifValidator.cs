using System.Text.Json;
using System.Text.RegularExpressions;

namespace Rgiem.Cli.Tests;

/// <summary>
/// A structural check of a SARIF 2.1.0 log: the properties the OASIS schema requires, with their types and
/// value sets, plus what GitHub code scanning documents for uploads (a ruleId on every result, at most 10
/// locations, startLine ≥ 1, relative URIs resolved through originalUriBaseIds). Not a full schema
/// validator: it checks what rgiem writes. Returns the problems found, as JSON paths with a reason.
/// </summary>
internal static partial class SarifValidator
{
    private static readonly string[] Levels = ["none", "note", "warning", "error"];

    public static IReadOnlyList<string> Validate(string sarif)
    {
        var problems = new List<string>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(sarif);
        }
        catch (JsonException ex)
        {
            return ["not JSON: " + ex.Message];
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return ["$: the log must be an object"];
            }

            if (String(root, "version", "$", problems) is { } version && version != "2.1.0")
            {
                problems.Add($"$.version: '{version}' is not 2.1.0");
            }

            if (String(root, "$schema", "$", problems) is { } schema && !IsAbsoluteUri(schema))
            {
                problems.Add("$.$schema: not an absolute URI");
            }

            if (Array(root, "runs", "$", problems) is { } runs)
            {
                if (runs.GetArrayLength() == 0)
                {
                    problems.Add("$.runs: empty");
                }

                int i = 0;
                foreach (var run in runs.EnumerateArray())
                {
                    ValidateRun(run, $"$.runs[{i++}]", problems);
                }
            }
        }

        return problems;
    }

    private static void ValidateRun(JsonElement run, string at, List<string> problems)
    {
        var ruleIds = new List<string>();
        if (Object(run, "tool", at, problems) is { } tool && Object(tool, "driver", at + ".tool", problems) is { } driver)
        {
            string where = at + ".tool.driver";
            if (String(driver, "name", where, problems) is { Length: 0 })
            {
                problems.Add(where + ".name: empty");
            }

            if (!driver.TryGetProperty("informationUri", out _))
            {
                problems.Add(where + ".informationUri: missing (GitHub shows it as the tool's home)");
            }

            OptionalUri(driver, "informationUri", where, problems);
            if (driver.TryGetProperty("semanticVersion", out var semantic)
                && (semantic.ValueKind != JsonValueKind.String || !SemVer().IsMatch(semantic.GetString()!)))
            {
                problems.Add(where + ".semanticVersion: not a semantic version");
            }

            if (driver.TryGetProperty("version", out var version) && version.ValueKind != JsonValueKind.String)
            {
                problems.Add(where + ".version: not a string");
            }

            if (driver.TryGetProperty("rules", out var rules))
            {
                ValidateRules(rules, where + ".rules", ruleIds, problems);
            }
        }

        if (run.TryGetProperty("columnKind", out var columnKind)
            && columnKind.GetString() is not ("utf16CodeUnits" or "unicodeCodePoints"))
        {
            problems.Add(at + ".columnKind: not utf16CodeUnits or unicodeCodePoints");
        }

        var baseIds = new HashSet<string>(StringComparer.Ordinal);
        if (run.TryGetProperty("originalUriBaseIds", out var originals))
        {
            if (originals.ValueKind != JsonValueKind.Object)
            {
                problems.Add(at + ".originalUriBaseIds: not an object");
            }
            else
            {
                foreach (var original in originals.EnumerateObject())
                {
                    baseIds.Add(original.Name);
                    string where = $"{at}.originalUriBaseIds['{original.Name}']";
                    if (String(original.Value, "uri", where, problems) is { } uri && (!IsAbsoluteUri(uri) || !uri.EndsWith('/')))
                    {
                        problems.Add(where + ".uri: must be an absolute URI ending with '/'");
                    }
                }
            }
        }

        if (run.TryGetProperty("invocations", out var invocations))
        {
            int i = 0;
            foreach (var invocation in invocations.EnumerateArray())
            {
                if (!invocation.TryGetProperty("executionSuccessful", out var success) || success.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    problems.Add($"{at}.invocations[{i}].executionSuccessful: required boolean");
                }

                i++;
            }
        }

        if (Array(run, "results", at, problems) is { } results)
        {
            int i = 0;
            foreach (var result in results.EnumerateArray())
            {
                ValidateResult(result, $"{at}.results[{i++}]", ruleIds, baseIds, problems);
            }
        }
    }

    private static void ValidateRules(JsonElement rules, string at, List<string> ruleIds, List<string> problems)
    {
        if (rules.ValueKind != JsonValueKind.Array)
        {
            problems.Add(at + ": not an array");
            return;
        }

        int i = 0;
        foreach (var rule in rules.EnumerateArray())
        {
            string where = $"{at}[{i++}]";
            string? id = String(rule, "id", where, problems);
            ruleIds.Add(id ?? string.Empty);
            if (id is not null && ruleIds.Count(r => r == id) > 1)
            {
                problems.Add(where + ".id: duplicate " + id);
            }

            String(rule, "name", where, problems);
            foreach (string message in new[] { "shortDescription", "fullDescription" })
            {
                if (Object(rule, message, where, problems) is { } text && String(text, "text", $"{where}.{message}", problems) is { Length: 0 })
                {
                    problems.Add($"{where}.{message}.text: empty");
                }
            }

            // Optional in SARIF 2.1.0 (§3.49.12); an absolute URI when present.
            OptionalUri(rule, "helpUri", where, problems);

            if (Object(rule, "defaultConfiguration", where, problems) is { } configuration
                && String(configuration, "level", where + ".defaultConfiguration", problems) is { } level
                && !Levels.Contains(level))
            {
                problems.Add($"{where}.defaultConfiguration.level: '{level}' is not a SARIF level");
            }
        }
    }

    private static void ValidateResult(JsonElement result, string at, List<string> ruleIds, HashSet<string> baseIds, List<string> problems)
    {
        string? ruleId = String(result, "ruleId", at, problems);
        if (result.TryGetProperty("ruleIndex", out var index))
        {
            if (index.ValueKind != JsonValueKind.Number || !index.TryGetInt32(out int n) || n < 0 || n >= ruleIds.Count)
            {
                problems.Add(at + ".ruleIndex: not an index into tool.driver.rules");
            }
            else if (ruleIds[n] != ruleId)
            {
                problems.Add($"{at}.ruleIndex: rules[{n}] is {ruleIds[n]}, not {ruleId}");
            }
        }
        else
        {
            problems.Add(at + ".ruleIndex: missing");
        }

        if (result.TryGetProperty("level", out var level) && !Levels.Contains(level.GetString()))
        {
            problems.Add(at + ".level: not a SARIF level");
        }

        if (Object(result, "message", at, problems) is { } message && String(message, "text", at + ".message", problems) is { Length: 0 })
        {
            problems.Add(at + ".message.text: empty");
        }

        if (!result.TryGetProperty("locations", out var locations))
        {
            // GitHub code scanning rejects a result without a location (SARIF Multitool rule GH1005): a problem of the
            // whole run belongs in invocations[].toolExecutionNotifications.
            problems.Add(at + ".locations: missing (GitHub rejects a result without a location)");
            return;
        }

        if (locations.ValueKind != JsonValueKind.Array || locations.GetArrayLength() > 10)
        {
            problems.Add(at + ".locations: must be an array of at most 10 locations");
            return;
        }

        int i = 0;
        foreach (var location in locations.EnumerateArray())
        {
            string locationAt = $"{at}.locations[{i++}]";
            string where = locationAt + ".physicalLocation";
            if (Object(location, "physicalLocation", locationAt, problems) is not { } physical)
            {
                continue;
            }

            if (Object(physical, "artifactLocation", where, problems) is { } artifact
                && String(artifact, "uri", where + ".artifactLocation", problems) is { } uri)
            {
                if (artifact.TryGetProperty("uriBaseId", out var baseId))
                {
                    if (!baseIds.Contains(baseId.GetString() ?? string.Empty))
                    {
                        problems.Add(where + ".artifactLocation.uriBaseId: not in originalUriBaseIds");
                    }

                    if (!Uri.TryCreate(uri, UriKind.Relative, out _) || uri.StartsWith('/') || uri.Contains('\\', StringComparison.Ordinal))
                    {
                        problems.Add($"{where}.artifactLocation.uri: '{uri}' is not a relative URI with forward slashes");
                    }
                }
                else if (!IsAbsoluteUri(uri))
                {
                    problems.Add($"{where}.artifactLocation.uri: '{uri}' is relative but has no uriBaseId");
                }
            }

            if (physical.TryGetProperty("region", out var region))
            {
                int startLine = Int(region, "startLine", where + ".region", problems, minimum: 1);
                int startColumn = Int(region, "startColumn", where + ".region", problems, minimum: 1);
                int endLine = region.TryGetProperty("endLine", out _) ? Int(region, "endLine", where + ".region", problems, minimum: startLine) : startLine;
                if (region.TryGetProperty("endColumn", out _))
                {
                    Int(region, "endColumn", where + ".region", problems, minimum: endLine == startLine ? startColumn : 1);
                }
            }
        }
    }

    private static string? String(JsonElement parent, string name, string at, List<string> problems)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String)
        {
            problems.Add($"{at}.{name}: required string");
            return null;
        }

        return value.GetString();
    }

    private static JsonElement? Object(JsonElement parent, string name, string at, List<string> problems)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{at}.{name}: required object");
            return null;
        }

        return value;
    }

    private static JsonElement? Array(JsonElement parent, string name, string at, List<string> problems)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Array)
        {
            problems.Add($"{at}.{name}: required array");
            return null;
        }

        return value;
    }

    private static int Int(JsonElement parent, string name, string at, List<string> problems, int minimum)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out int n))
        {
            problems.Add($"{at}.{name}: required integer");
            return minimum;
        }

        if (n < minimum)
        {
            problems.Add($"{at}.{name}: {n} is less than {minimum}");
        }

        return n;
    }

    private static void OptionalUri(JsonElement parent, string name, string at, List<string> problems)
    {
        if (parent.TryGetProperty(name, out var value) && (value.ValueKind != JsonValueKind.String || !IsAbsoluteUri(value.GetString()!)))
        {
            problems.Add($"{at}.{name}: not an absolute URI");
        }
    }

    /// <summary>An absolute URI with its scheme written out (on Unix, .NET also takes "/path" as an absolute file URI).</summary>
    private static bool IsAbsoluteUri(string value) => Scheme().IsMatch(value) && Uri.TryCreate(value, UriKind.Absolute, out _);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]+:")]
    private static partial Regex Scheme();

    [GeneratedRegex(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$")]
    private static partial Regex SemVer();
}
