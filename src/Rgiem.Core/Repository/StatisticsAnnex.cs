using System.Globalization;
using Rgiem.Core.Binding;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Model;
using Rgiem.Core.References;
using Rgiem.Core.Validation;

namespace Rgiem.Core.Repository;

/// <summary>
/// The statistics annex of a progress report, as Annex B of seed 001 lays it out: one column per covered
/// meeting headed "Meeting n (MM/YYYY)" (n counts the covered meetings from 1 in date order, the month is
/// that of the meeting's first day), and the rows Number of participants, the six ITU regions, TSB, Number of
/// documents and Meeting report, filled from each meeting's <c>statistics</c>. A figure a meeting does not
/// give leaves its cell empty.
/// </summary>
public static class StatisticsAnnex
{
    /// <summary>The table for <paramref name="meetings"/>; <paramref name="location"/> is the directive's.</summary>
    public static TableBlock Table(IReadOnlyList<ProjectRecord> meetings, SourceLocation location)
    {
        var header = new List<TableCell> { Cell(null) };
        for (int i = 0; i < meetings.Count; i++)
        {
            header.Add(Cell(ColumnHeader(i + 1, meetings[i].Facts.FirstDay)));
        }

        var rows = new List<TableRow> { new(header, IsHeader: true) };
        foreach (var measure in StatisticsTables.Order)
        {
            var cells = new List<TableCell> { Cell(StatisticsTables.Label(measure)) };
            cells.AddRange(meetings.Select(m => Cell(Figure(m.Facts.Statistics, measure))));
            rows.Add(new TableRow(cells, IsHeader: false));
        }

        var alignments = new List<ColumnAlignment> { ColumnAlignment.Default };
        alignments.AddRange(meetings.Select(_ => ColumnAlignment.Center));
        return new TableBlock(alignments, rows, location) { Generated = true };
    }

    /// <summary>"Meeting 1 (01/2023)"; "Meeting 1" for a meeting without a date.</summary>
    public static string ColumnHeader(int number, DateOnly? firstDay) =>
        firstDay is { } day
            ? string.Create(CultureInfo.InvariantCulture, $"Meeting {number} ({day.Month:00}/{day.Year:0000})")
            : string.Create(CultureInfo.InvariantCulture, $"Meeting {number}");

    /// <summary>The record with every <c>```{statistics}</c> directive replaced by the table of <paramref name="coverage"/>.</summary>
    public static BoundRecord Expand(BoundRecord bound, Coverage coverage)
    {
        var record = bound.Record;
        if (!record.Body.OfType<StatisticsDirectiveBlock>().Any())
        {
            return bound;
        }

        var body = record.Body.Select(b => b is StatisticsDirectiveBlock directive ? Captioned(Table(coverage.Meetings, directive.Location), directive) : b).ToList();
        return bound with { Record = new MeetingRecord(record.Path, record.Metadata, body) };
    }

    /// <summary>The table with the directive's caption (<see cref="StatisticsDirectiveBlock.DefaultCaption"/> unless a <c>Table:</c> paragraph gave one) and number.</summary>
    private static TableBlock Captioned(TableBlock table, StatisticsDirectiveBlock directive) => directive.Number is null
        ? table
        : table with
        {
            Caption = directive.Caption ?? [new TextRun(StatisticsDirectiveBlock.DefaultCaption)],
            Number = directive.Number,
            Id = directive.Id,
            CaptionLocation = directive.CaptionLocation,
        };

    /// <summary>The figure a row shows; the meeting report's number is written canonically (<c>DOC5 (230131)</c>).</summary>
    private static string? Figure(MeetingStatistics? statistics, StatisticsMeasure measure)
    {
        string? value = StatisticsTables.Value(statistics, measure);
        return measure == StatisticsMeasure.Report && DocumentReferenceScanner.TryParse(value, out var report) ? report!.Canonical : value;
    }

    private static TableCell Cell(string? text) => new(string.IsNullOrEmpty(text) ? [] : [new TextRun(text)]);
}
