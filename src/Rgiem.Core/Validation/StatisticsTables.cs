using Rgiem.Core.Model;

namespace Rgiem.Core.Validation;

/// <summary>
/// Reading a statistics table (Annex B of a progress report): a table whose first column has a "Number of
/// participants" row, one row per region plus TSB, and one column per meeting headed "Meeting 1 (01/2023)".
/// Shared by the per-record check of such a table and the repository check against the meeting records.
/// </summary>
public static class StatisticsTables
{
    /// <summary>The rows of the annex in the order seed 001 gives them.</summary>
    public static IReadOnlyList<StatisticsMeasure> Order { get; } =
    [
        StatisticsMeasure.Participants, StatisticsMeasure.Africa, StatisticsMeasure.Americas, StatisticsMeasure.ArabStates,
        StatisticsMeasure.AsiaPacific, StatisticsMeasure.Cis, StatisticsMeasure.Europe, StatisticsMeasure.Tsb,
        StatisticsMeasure.Documents, StatisticsMeasure.Report,
    ];

    /// <summary>The row label as the annex writes it: "Number of participants", "The Americas", "Asia and the Pacific".</summary>
    public static string Label(StatisticsMeasure measure) => measure switch
    {
        StatisticsMeasure.Participants => "Number of participants",
        StatisticsMeasure.Africa => "Africa",
        StatisticsMeasure.Americas => "The Americas",
        StatisticsMeasure.ArabStates => "Arab States",
        StatisticsMeasure.AsiaPacific => "Asia and the Pacific",
        StatisticsMeasure.Cis => "CIS",
        StatisticsMeasure.Europe => "Europe",
        StatisticsMeasure.Tsb => "TSB",
        StatisticsMeasure.Documents => "Number of documents",
        _ => "Meeting report",
    };

    /// <summary>The figure of <paramref name="statistics"/> a row shows, as the annex writes it; null when not given.</summary>
    public static string? Value(MeetingStatistics? statistics, StatisticsMeasure measure)
    {
        if (statistics is null)
        {
            return null;
        }

        int? count = measure switch
        {
            StatisticsMeasure.Participants => statistics.Participants,
            StatisticsMeasure.Africa => statistics.Africa,
            StatisticsMeasure.Americas => statistics.Americas,
            StatisticsMeasure.ArabStates => statistics.ArabStates,
            StatisticsMeasure.AsiaPacific => statistics.AsiaPacific,
            StatisticsMeasure.Cis => statistics.Cis,
            StatisticsMeasure.Europe => statistics.Europe,
            StatisticsMeasure.Tsb => statistics.Tsb,
            StatisticsMeasure.Documents => statistics.Documents,
            _ => null,
        };
        return measure == StatisticsMeasure.Report
            ? statistics.Report?.Trim()
            : count?.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The measure rows of <paramref name="table"/> (first of each measure), or an empty list when it is not a statistics table.</summary>
    public static IReadOnlyList<(StatisticsMeasure Measure, int Index, string Label)> Rows(TableBlock table)
    {
        var rows = new List<(StatisticsMeasure Measure, int Index, string Label)>();
        for (int r = 0; r < table.Rows.Count; r++)
        {
            string label = CellText(table.Rows[r], 0);
            if (Measure(label) is { } measure && rows.TrueForAll(x => x.Measure != measure))
            {
                rows.Add((measure, r, label));
            }
        }

        return rows.Exists(r => r.Measure == StatisticsMeasure.Participants) ? rows : [];
    }

    /// <summary>The trimmed plain text of a cell; empty when the row is shorter.</summary>
    public static string CellText(TableRow row, int column) =>
        column < row.Cells.Count ? BlockWalker.PlainText(row.Cells[column].Inlines).Trim() : string.Empty;

    /// <summary>The header text of a column (the first header row, else the first row).</summary>
    public static string Header(TableBlock table, int column) =>
        CellText(table.Rows.FirstOrDefault(r => r.IsHeader) ?? table.Rows[0], column);

    /// <summary>A whole number of 0 or more, as a table cell writes it.</summary>
    public static bool IsCount(string text) => text.Length is > 0 and <= 9 && text.All(char.IsAsciiDigit);

    /// <summary>The measure of each row label, in upper case with single spaces and without a leading "THE ".</summary>
    private static readonly Dictionary<string, StatisticsMeasure> MeasureKeys = new(StringComparer.Ordinal)
    {
        ["NUMBER OF PARTICIPANTS"] = StatisticsMeasure.Participants,
        ["PARTICIPANTS"] = StatisticsMeasure.Participants,
        ["AFRICA"] = StatisticsMeasure.Africa,
        ["AMERICAS"] = StatisticsMeasure.Americas,
        ["ARAB STATES"] = StatisticsMeasure.ArabStates,
        ["ASIA AND THE PACIFIC"] = StatisticsMeasure.AsiaPacific,
        ["ASIA-PACIFIC"] = StatisticsMeasure.AsiaPacific,
        ["ASIA PACIFIC"] = StatisticsMeasure.AsiaPacific,
        ["CIS"] = StatisticsMeasure.Cis,
        ["EUROPE"] = StatisticsMeasure.Europe,
        ["TSB"] = StatisticsMeasure.Tsb,
        ["NUMBER OF DOCUMENTS"] = StatisticsMeasure.Documents,
        ["DOCUMENTS"] = StatisticsMeasure.Documents,
        ["MEETING REPORT"] = StatisticsMeasure.Report,
    };

    /// <summary>The first letters of the keys and of "THE", in both cases: a label starting with another ASCII letter names no measure.</summary>
    private static readonly System.Buffers.SearchValues<char> MeasureInitials = System.Buffers.SearchValues.Create(
        string.Concat(MeasureKeys.Keys.Select(k => k[0]).Append('T').Distinct().SelectMany(c => new[] { c, char.ToLowerInvariant(c) })));

    /// <summary>The measure a row label names ("The Americas", "Asia and the Pacific", "Number of participants"), or null.</summary>
    public static StatisticsMeasure? Measure(string label)
    {
        // A label whose first character (after blanks) is ASCII and no key's initial names no measure, without the key's
        // strings. (A character beyond ASCII may become an initial in upper case: those take the full path.)
        var start = label.AsSpan().TrimStart();
        if (start.Length > 0 && char.IsAscii(start[0]) && !MeasureInitials.Contains(start[0]))
        {
            return null;
        }

        string key = string.Join(' ', label.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
        if (key.StartsWith("THE ", StringComparison.Ordinal))
        {
            key = key[4..];
        }

        return MeasureKeys.TryGetValue(key, out var measure) ? measure : null;
    }
}
