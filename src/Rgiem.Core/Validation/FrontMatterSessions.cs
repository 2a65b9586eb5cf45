using System.Globalization;
using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Validation;

/// <summary>
/// Pairs the model's sessions with their YAML paths. The model keeps only sessions whose date is valid, so
/// model index and YAML index differ once a date was rejected; a session's valid date is what both share.
/// </summary>
public static class FrontMatterSessions
{
    public static IReadOnlyList<SessionEntry> Entries(RecordContext context)
    {
        var sessions = context.Record.Metadata.Sessions;
        var result = new List<SessionEntry>(sessions.Count);
        int next = 0;
        for (int index = 0; next < sessions.Count && context.Map.Has(Path(index)); index++)
        {
            if (context.Map.Has(DatePath(index)))
            {
                result.Add(new SessionEntry(sessions[next++], Path(index)));
            }
        }

        return result;
    }

    /// <summary>
    /// Locates characters of a one-line scalar such as <c>time: 1615-1740 hours</c> or <c>"1615-1740 hours"</c>;
    /// falls back to the whole value when the text cannot be matched on its line.
    /// </summary>
    public static TextLocator ScalarLocator(RecordContext context, string path, string value)
    {
        var location = context.Map.Value(path);
        if (location.Path != context.Path || location.Start.Line != location.End.Line)
        {
            return (_, _) => location;
        }

        string line = context.Source.GetLineText(location.Start.Line);
        int column = location.Start.Character;
        if (column < line.Length && line[column] is '"' or '\'')
        {
            column++;
        }

        if (column > line.Length || !line.AsSpan(column).StartsWith(value, StringComparison.Ordinal))
        {
            return (_, _) => location;
        }

        return (start, length) => SourceLocation.At(context.Path, location.Start.Line, column + start, length);
    }

    /// <summary>
    /// The paths of the first sessions, made once: <see cref="Entries"/> runs for three rules a record, and made
    /// <c>sessions[i]</c> three times and <c>sessions[i].date</c> once a session each time (issue 21, h29c).
    /// </summary>
    private static readonly string[] Paths = [.. Enumerable.Range(0, 32).Select(MakePath)];

    private static readonly string[] DatePaths = [.. Paths.Select(p => p + ".date")];

    private static string Path(int index) => index < Paths.Length ? Paths[index] : MakePath(index);

    private static string DatePath(int index) => index < DatePaths.Length ? DatePaths[index] : MakePath(index) + ".date";

    private static string MakePath(int index) => string.Create(CultureInfo.InvariantCulture, $"sessions[{index}]");
}
