using System.Globalization;
using System.Text.RegularExpressions;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Model;
using Rgiem.Core.Text;

namespace Rgiem.Core.Validation.Rules;

/// <summary>
/// RG6001-RG6004 for statistics tables in the body (Annex B of a progress report): a table whose first column
/// has a "Number of participants" row, one row per region plus TSB, and one column per meeting headed
/// "Meeting 1 (01/2023)". Per column, the counts are whole numbers, the regions and TSB add up to the
/// participants, and the date of the "Meeting report" document (<c>DOC5 (230131)</c>) falls in the header's month.
/// </summary>
public sealed partial class StatisticsTableRule : IRecordRule
{
    private static readonly StatisticsMeasure[] Summed =
    [
        StatisticsMeasure.Africa, StatisticsMeasure.Americas, StatisticsMeasure.ArabStates, StatisticsMeasure.AsiaPacific,
        StatisticsMeasure.Cis, StatisticsMeasure.Europe, StatisticsMeasure.Tsb,
    ];

    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } =
    [
        StatisticsDescriptors.ParticipantsSum, StatisticsDescriptors.NotACount, StatisticsDescriptors.ReportOutsideMonth,
        StatisticsDescriptors.ReportDateInvalid,
    ];

    public void Analyze(RecordContext context)
    {
        // A generated table (```{statistics}) repeats the meeting records' figures, which their own checks cover.
        // The body's blocks as the record's one walk holds them (BlockWalker.Descendants of the body, in its order).
        var walk = context.Walk;
        for (int b = 0; b < walk.BodyCount; b++)
        {
            if (walk.Blocks[b] is not TableBlock { Generated: false } table)
            {
                continue;
            }

            var rows = StatisticsTables.Rows(table).ToList();
            if (rows.Count > 0)
            {
                for (int column = 1; column < table.ColumnCount; column++)
                {
                    CheckColumn(context, table, rows, column);
                }
            }
        }
    }

    private static void CheckColumn(RecordContext context, TableBlock table, List<(StatisticsMeasure Measure, int Index, string Label)> rows, int column)
    {
        var headerRow = table.Rows.FirstOrDefault(r => r.IsHeader) ?? table.Rows[0];
        string header = CellText(headerRow, column);
        string columnName = header.Length > 0 ? header : string.Create(CultureInfo.InvariantCulture, $"column {column + 1}");
        var counts = new Dictionary<StatisticsMeasure, int>();
        bool allCounts = true;
        foreach (var (measure, index, label) in rows)
        {
            string text = CellText(table.Rows[index], column);
            if (measure == StatisticsMeasure.Report)
            {
                CheckReport(context, table, index, column, text, header, columnName);
            }
            else if (IsCount(text))
            {
                counts[measure] = int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
            }
            else
            {
                allCounts = false;
                context.Report(StatisticsDescriptors.NotACount, TableCellLocator.Locate(table, index, column, context.SourceOf(table.Location.Path) ?? context.Source), text, label, columnName);
            }
        }

        var parts = rows.Where(r => Summed.Contains(r.Measure)).ToList();
        if (!allCounts || parts.Count == 0)
        {
            return;
        }

        var participantsRow = rows.First(r => r.Measure == StatisticsMeasure.Participants);
        int participants = counts[StatisticsMeasure.Participants];
        long sum = parts.Sum(p => (long)counts[p.Measure]);
        if (sum != participants)
        {
            context.Report(
                StatisticsDescriptors.ParticipantsSum,
                TableCellLocator.Locate(table, participantsRow.Index, column, context.SourceOf(table.Location.Path) ?? context.Source),
                columnName,
                sum,
                string.Join(" + ", parts.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Label} {counts[p.Measure]}"))),
                participants);
        }
    }

    private static void CheckReport(RecordContext context, TableBlock table, int row, int column, string text, string header, string columnName)
    {
        var date = ReportDate().Match(text);
        if (!date.Success)
        {
            return;
        }

        string digits = date.Groups["date"].Value;
        int year = 2000 + int.Parse(digits.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture);
        int month = int.Parse(digits.AsSpan(2, 2), NumberStyles.None, CultureInfo.InvariantCulture);
        int day = int.Parse(digits.AsSpan(4, 2), NumberStyles.None, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            context.Report(StatisticsDescriptors.ReportDateInvalid, TableCellLocator.Locate(table, row, column, context.SourceOf(table.Location.Path) ?? context.Source), digits, text);
            return;
        }

        var period = HeaderMonth().Match(header);
        if (!period.Success)
        {
            return;
        }

        int headerMonth = int.Parse(period.Groups["month"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        int headerYear = int.Parse(period.Groups["year"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        if (headerMonth is < 1 or > 12 || (headerMonth == month && headerYear == year))
        {
            return;
        }

        context.Report(
            StatisticsDescriptors.ReportOutsideMonth,
            TableCellLocator.Locate(table, row, column, context.SourceOf(table.Location.Path) ?? context.Source),
            text,
            ItuDates.Day(new DateOnly(year, month, day)),
            columnName,
            string.Create(CultureInfo.InvariantCulture, $"{CalendarNames.MonthName(headerMonth)} {headerYear}"));
    }

    private static string CellText(TableRow row, int column) => StatisticsTables.CellText(row, column);

    private static bool IsCount(string text) => StatisticsTables.IsCount(text);

    /// <summary>"(01/2023)" in a column header.</summary>
    [GeneratedRegex(@"\((?<month>[0-9]{1,2})/(?<year>[0-9]{4})\)", RegexOptions.CultureInvariant)]
    private static partial Regex HeaderMonth();

    /// <summary>"DOC5 (230131)": the meeting report's number with its date, YYMMDD.</summary>
    [GeneratedRegex(@"\((?<date>[0-9]{6})\)", RegexOptions.CultureInvariant)]
    private static partial Regex ReportDate();
}
