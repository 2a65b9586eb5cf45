using System.Globalization;
using System.Text.RegularExpressions;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Model;
using Rgiem.Core.References;
using Rgiem.Core.Text;
using Rgiem.Core.Validation;

namespace Rgiem.Core.Repository.Rules;

/// <summary>
/// RG9006: a statistics table written by hand in a progress report against the meetings it covers: one meeting
/// column per covered meeting, in date order; each column's month (<c>Meeting 1 (01/2023)</c>) that of its meeting;
/// each figure and the meeting report's number as the meeting record's <c>statistics</c> give them. Figures a
/// meeting record does not give are not compared; cells that are not counts are RG6002's. A generated table
/// (<c>```{statistics}</c>) agrees by construction and is not compared.
/// </summary>
public sealed partial class ProgressStatisticsRule : IRepositoryRule
{
    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [RepositoryDescriptors.StatisticsDisagree];

    public void Analyze(RepositoryContext context)
    {
        foreach (var report in context.Inputs.Where(r => r.Facts.Kind == RecordKind.ProgressReport))
        {
            if (context.CoverageOf(report) is not { Meetings.Count: > 0 } coverage)
            {
                continue;
            }

            foreach (var table in BlockWalker.Descendants(report.Record.Body).OfType<TableBlock>().Where(t => !t.Generated))
            {
                var rows = StatisticsTables.Rows(table);
                if (rows.Count > 0)
                {
                    Compare(context, report, table, rows, coverage.Meetings);
                }
            }
        }
    }

    private static void Compare(RepositoryContext context, ProjectRecord report, TableBlock table, IReadOnlyList<(StatisticsMeasure Measure, int Index, string Label)> rows, IReadOnlyList<ProjectRecord> meetings)
    {
        int columns = table.ColumnCount - 1;
        if (columns != meetings.Count)
        {
            context.Report(report, RepositoryDescriptors.StatisticsDisagree, table.Location, string.Create(
                CultureInfo.InvariantCulture,
                $"This statistics table has {columns} meeting column(s), but 'covers' selects {meetings.Count} meeting(s): {string.Join(", ", meetings.Select(m => m.DisplayPath))}"));
            return;
        }

        var source = report.Bound.SourceOf(table.Location.Path) ?? report.Bound.Source;
        for (int column = 1; column <= columns; column++)
        {
            var meeting = meetings[column - 1];
            string header = StatisticsTables.Header(table, column);
            var month = HeaderMonth().Match(header);
            if (month.Success && meeting.Facts.FirstDay is { } day
                && (int.Parse(month.Groups["month"].Value, CultureInfo.InvariantCulture) != day.Month || int.Parse(month.Groups["year"].Value, CultureInfo.InvariantCulture) != day.Year))
            {
                int headerRow = Math.Max(0, table.Rows.ToList().FindIndex(r => r.IsHeader));
                context.Report(report, RepositoryDescriptors.StatisticsDisagree, TableCellLocator.Locate(table, headerRow, column, source), string.Create(
                    CultureInfo.InvariantCulture,
                    $"The column '{header}' is meeting {column} in date order, '{meeting.DisplayPath}', held in {CalendarNames.MonthName(day.Month)} {day.Year}"));
            }

            foreach (var (measure, index, label) in rows)
            {
                string? expected = StatisticsTables.Value(meeting.Facts.Statistics, measure);
                string actual = StatisticsTables.CellText(table.Rows[index], column);
                if (expected is null || Agrees(measure, actual, expected))
                {
                    continue;
                }

                context.Report(report, RepositoryDescriptors.StatisticsDisagree, TableCellLocator.Locate(table, index, column, source), string.Create(
                    CultureInfo.InvariantCulture,
                    $"'{actual}' in row '{label}', column '{header}' disagrees with '{meeting.DisplayPath}', whose statistics give {expected}"));
            }
        }
    }

    private static bool Agrees(StatisticsMeasure measure, string actual, string expected)
    {
        if (measure == StatisticsMeasure.Report)
        {
            return DocumentReferenceScanner.TryParse(actual, out var written) && DocumentReferenceScanner.TryParse(expected, out var given)
                ? string.Equals(written!.Canonical, given!.Canonical, StringComparison.Ordinal)
                : string.Equals(actual, expected, StringComparison.Ordinal);
        }

        // A cell that is not a count is RG6002's.
        return !StatisticsTables.IsCount(actual) || int.Parse(actual, CultureInfo.InvariantCulture) == int.Parse(expected, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"\((?<month>[0-9]{1,2})/(?<year>[0-9]{4})\)", RegexOptions.CultureInvariant)]
    private static partial Regex HeaderMonth();
}
