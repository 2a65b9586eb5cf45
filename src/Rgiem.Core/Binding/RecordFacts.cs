using Rgiem.Core.Diagnostics;
using Rgiem.Core.Model;
using Rgiem.Core.References;
using Rgiem.Core.Repository;

namespace Rgiem.Core.Binding;

/// <summary>
/// The compact summary of a record: the few fields the checks across records (RG9xxx), the coverage of a progress
/// report and the output's name read, and the few places of its front matter they report at. The build cache stores
/// it at the head of a record's entry (<see cref="Caching.SummaryWriter"/>) and decodes only it for a record whose
/// checks it reuses; the rest of the summary (<see cref="BoundRecord"/>) is decoded when something asks for it.
/// </summary>
/// <param name="Kind">The record's kind.</param>
/// <param name="Type">Its document type.</param>
/// <param name="Group">Its group (<c>group</c>), or null.</param>
/// <param name="Parent">Its parent body, or null.</param>
/// <param name="Number">Its document number, or null.</param>
/// <param name="Template">Its template's full path, or null.</param>
/// <param name="Statistics">Its meeting's statistics, or null.</param>
/// <param name="MeetingFrom">The first day written in <c>meeting.from</c>, or null.</param>
/// <param name="MeetingTo">The last day written in <c>meeting.to</c>, or null.</param>
/// <param name="FirstDay">The meeting's first day (<see cref="RecordMetadata.FirstDay"/>).</param>
/// <param name="ActionPrefix">The prefix of its own actions (<see cref="RecordMetadata.EffectiveActionPrefix"/>).</param>
/// <param name="Actions">The actions it defines (<see cref="RecordActions.Defined"/>), without their text.</param>
/// <param name="ActionStatuses">Its <c>action-status</c> entries.</param>
/// <param name="SourcePath">The display path of the record's own file.</param>
/// <param name="NumberAt">Where <c>number</c> is written (<see cref="SourceMap.Value"/>).</param>
/// <param name="ReportAt">Where <c>statistics.report</c> is written.</param>
/// <param name="MeetingFromAt">Where <c>meeting.from</c> is written.</param>
public sealed record RecordFacts(
    RecordKind Kind,
    DocumentType Type,
    string? Group,
    string? Parent,
    DocumentNumber? Number,
    string? Template,
    MeetingStatistics? Statistics,
    DateOnly? MeetingFrom,
    DateOnly? MeetingTo,
    DateOnly? FirstDay,
    string? ActionPrefix,
    IReadOnlyList<ActionBlock> Actions,
    IReadOnlyList<ActionStatusEntry> ActionStatuses,
    string SourcePath,
    SourceLocation NumberAt,
    SourceLocation ReportAt,
    SourceLocation MeetingFromAt)
{
    // Computed on first use (the same on every thread: assigned whole, once or more).
    private IReadOnlyList<DocumentId>? identities;
    private DocumentReference?[]? report;

    /// <summary>What a record's checks across records read of <paramref name="bound"/> (a whole record or a summary: the same facts).</summary>
    public static RecordFacts Of(BoundRecord bound)
    {
        var m = bound.Record.Metadata;
        return new RecordFacts(
            m.Kind,
            m.Type,
            m.Group,
            m.Parent,
            m.Number,
            m.Template,
            m.Statistics,
            m.Meeting?.From,
            m.Meeting?.To,
            m.FirstDay,
            m.EffectiveActionPrefix,
            [.. RecordActions.Defined(bound.Record).Select(a => a.Inlines.Count == 0 ? a : a with { Inlines = [] })],
            m.ActionStatuses,
            bound.Source.Path,
            bound.Map.Value("number"),
            bound.Map.Value("statistics.report"),
            bound.Map.Value("meeting.from"));
    }

    /// <summary>The meeting report's number (<c>statistics.report</c>) as parsed, or null.</summary>
    public DocumentReference? Report =>
        (report ??= [DocumentReferenceScanner.TryParse(Statistics?.Report, out var parsed) ? parsed : null])[0];

    /// <summary>The canonical number of the meeting's report from <c>statistics.report</c>, or null.</summary>
    public string? ReportNumber => Report?.Canonical;

    /// <summary>The identities of the documents this record is: its own number and its meeting report's number.</summary>
    public IReadOnlyList<DocumentId> Identities => identities ??= [.. FindIdentities()];

    private IEnumerable<DocumentId> FindIdentities()
    {
        if (Number is { } number)
        {
            yield return DocumentId.Of(number.Body is { } body ? number with { Body = DocumentIndex.BodyOfParent(body) ?? body } : number);
        }

        if (Report is { MeetingDocument: { } meeting })
        {
            yield return DocumentId.Of(meeting);
        }
        else if (Report?.Number is { } reportNumber)
        {
            yield return DocumentId.Of(reportNumber.WithDefaultBody(DocumentIndex.BodyOfParent(Parent)));
        }
    }
}
