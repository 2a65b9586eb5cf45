using System.CommandLine.Parsing;

namespace Rgiem.Cli.Commands;

/// <summary>
/// Parses an option whose values are the members of an enum, written in lower case (case is ignored). A value
/// that is none of them is a usage error that lists the valid values (<c>'xml' is not a valid --format; use
/// human, msbuild, github, json or sarif</c>), never the enum's .NET type name.
/// </summary>
internal static class EnumValues
{
    public static T Parse<T>(ArgumentResult result, string option)
        where T : struct, Enum
    {
        if (result.Tokens.Count == 0)
        {
            return default;
        }

        string value = result.Tokens[^1].Value;
        if (Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !value.Any(char.IsDigit))
        {
            return parsed;
        }

        var names = Names<T>();
        result.AddError($"'{value}' is not a valid {option}; use {string.Join(", ", names.Take(names.Count - 1))} or {names[^1]}{Core.Text.Suggestions.DidYouMean(value, names).Replace("; did", ". Did", StringComparison.Ordinal)}");
        return default;
    }

    /// <summary>The values as written on the command line: the members' names in lower case.</summary>
    public static IReadOnlyList<string> Names<T>()
        where T : struct, Enum =>
        Enum.GetNames<T>().Select(n => n.ToLowerInvariant()).ToList();
}
