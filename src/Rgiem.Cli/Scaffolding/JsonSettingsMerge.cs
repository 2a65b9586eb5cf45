using System.Text.Json;
using System.Text.Json.Nodes;

namespace Rgiem.Cli.Scaffolding;

/// <summary>
/// Merges the scaffold's VS Code settings into a user's existing <c>.vscode/settings.json</c>: every key of the
/// user's is kept with its value; the keys the user lacks are added (objects merged key by key); under
/// <c>yaml.schemas</c>, rgiem's own schema entries are set (an older mapping of the same schema file is
/// replaced), the user's other schemas kept. Comments and trailing commas are accepted (VS Code writes them);
/// comments are lost when the file has to change.
/// </summary>
internal static class JsonSettingsMerge
{
    private const string SchemasKey = "yaml.schemas";

    private static readonly JsonDocumentOptions Reading = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private static readonly JsonSerializerOptions Writing = new() { WriteIndented = true };

    /// <returns>
    /// The merged text; empty when <paramref name="existing"/> already holds everything (nothing to write); null
    /// when it is not a JSON object (it is left alone).
    /// </returns>
    public static string? Merge(string existing, string ours)
    {
        JsonObject? user;
        try
        {
            user = existing.Trim().Length == 0 ? [] : JsonNode.Parse(existing, documentOptions: Reading) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }

        if (user is null)
        {
            return null;
        }

        var scaffold = (JsonObject)JsonNode.Parse(ours, documentOptions: Reading)!;
        bool changed = AddMissing(user, scaffold);
        if (scaffold[SchemasKey] is JsonObject schemas && user[SchemasKey] is JsonObject userSchemas)
        {
            foreach (var (key, value) in schemas)
            {
                if (!JsonNode.DeepEquals(userSchemas[key], value))
                {
                    userSchemas[key] = value?.DeepClone();
                    changed = true;
                }
            }
        }

        return changed ? user.ToJsonString(Writing).ReplaceLineEndings("\n") + "\n" : string.Empty;
    }

    private static bool AddMissing(JsonObject target, JsonObject source)
    {
        bool changed = false;
        foreach (var (key, value) in source)
        {
            if (!target.ContainsKey(key))
            {
                target[key] = value?.DeepClone();
                changed = true;
            }
            else if (target[key] is JsonObject inner && value is JsonObject more)
            {
                changed |= AddMissing(inner, more);
            }
        }

        return changed;
    }
}
