using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using Rgiem.Cli.Scaffolding;

namespace Rgiem.Cli.Commands;

/// <summary>The options <c>init</c> and <c>new meeting</c> share, and their checks.</summary>
internal sealed partial class ScaffoldOptions
{
    public Option<string?> Date { get; } = new("--date")
    {
        Description = "Date of the meeting, YYYY-MM-DD (default: today). It names the record file and fills the meeting and session dates.",
        HelpName = "yyyy-mm-dd",
    };

    public Option<string> Place { get; } = new("--place")
    {
        Description = "Where the meeting is held; 'Virtual' for an online meeting.",
        HelpName = "place",
        DefaultValueFactory = _ => ScaffoldSettings.DefaultPlace,
    };

    public Option<bool> Force { get; } = new("--force")
    {
        Description = "Overwrite files that already exist (without it, nothing is written when one exists).",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Date);
        command.Options.Add(Place);
        command.Options.Add(Force);
    }

    /// <summary>The date given, or today; null (with the message) when it is not a real YYYY-MM-DD date.</summary>
    public DateOnly? ReadDate(ParseResult parse, DateOnly today, out string? error)
    {
        error = null;
        if (parse.GetValue(Date) is not { } text)
        {
            return today;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        error = $"'{text}' is not a date; write --date as YYYY-MM-DD, e.g. --date 2025-03-10.";
        return null;
    }

    /// <summary>The same rule as the front matter's <c>group</c>: letters, digits and hyphens, starting with a letter.</summary>
    public static bool IsIdentifier(string text) => IdentifierPattern().IsMatch(text);

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdentifierPattern();
}
