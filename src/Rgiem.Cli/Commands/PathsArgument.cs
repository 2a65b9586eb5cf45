using System.CommandLine;

namespace Rgiem.Cli.Commands;

/// <summary>The <c>paths</c> argument of the commands that read records (build, check, actions, refs).</summary>
internal static class PathsArgument
{
    public static Argument<string[]> Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Folders of meeting records or record files (default: the current folder). A folder may hold rgiem.yaml.",
            Arity = ArgumentArity.ZeroOrMore,
        };

        // A token like "--frobnicate" would otherwise be taken as a path.
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-') && t.Value.Length > 1))
            {
                string hint = result.Parent is System.CommandLine.Parsing.CommandResult command
                    ? Core.Text.Suggestions.DidYouMean(token.Value, RgiemCli.OptionNames(command))
                    : string.Empty;
                result.AddError($"Unknown option '{token.Value}'{hint}");
            }
        });
        return paths;
    }

    /// <summary>The paths given, or the current folder.</summary>
    public static string[] Values(ParseResult parse, Argument<string[]> paths) =>
        parse.GetValue(paths) is { Length: > 0 } given ? given : ["."];
}
