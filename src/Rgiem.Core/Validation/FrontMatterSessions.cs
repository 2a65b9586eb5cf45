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
            if (context.Map.Has(Path(index) + ".date"))
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

    private static string Path(int index) => string.Create(CultureInfo.InvariantCulture, $"sessions[{index}]");
}
