using Rgiem.Core.Binding;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Model;
using Rgiem.Core.References;
using Rgiem.Core.Text;

namespace Rgiem.Core.Validation;

/// <summary>One record as the rules see it, with a sink for their diagnostics.</summary>
public sealed class RecordContext(BoundRecord bound, CheckOptions options, DiagnosticBag diagnostics)
{
    private BodyWalk? walk;
    private IReadOnlyList<ProseSegment>? prose;
    private IReadOnlyList<ProseTokens>? tokens;
    private RecordReferences? references;
    private IReadOnlyList<ProseDate>? dates;
    private IReadOnlyList<LocatedTime>? times;
    private IReadOnlyList<ActionLookalike>? lookalikes;

    public MeetingRecord Record => bound.Record;

    public SourceMap Map => bound.Map;

    public SourceText Source => bound.Source;

    public CheckOptions Options => options;

    public string Path => bound.Source.Path;

    /// <summary>The text of the file at <paramref name="path"/>: the record or a file it includes; null for any other (generated text).</summary>
    public SourceText? SourceOf(string path) => bound.SourceOf(path);

    /// <summary>The bound record, for rules that need the front matter values or the prose.</summary>
    public BoundRecord Bound => bound;

    /// <summary>Every piece of prose of the record (<see cref="ProseScanner.Collect(BoundRecord)"/>), collected once per record.</summary>
    public IReadOnlyList<ProseSegment> Prose => prose ??= ProseScanner.Collect(bound, Walk);

    /// <summary>
    /// The body's blocks, then its footnotes' blocks, with their inline groups and leaves (<see cref="BodyWalk"/>): walked
    /// once per record for the prose segments, the cross-references and the rules that read blocks.
    /// </summary>
    public BodyWalk Walk => walk ??= BodyWalk.Of(bound.Record.Body);

    /// <summary>
    /// The words and indexes of every piece of prose (<see cref="ProseTokens"/>, in the order of <see cref="Prose"/>): one
    /// pass over the prose shared by the rules that read words or digits, computed once per record on first use.
    /// </summary>
    public IReadOnlyList<ProseTokens> Tokens => tokens ??= [.. Prose.Select(segment => segment.Tokens)];

    /// <summary>The record's document list and every document reference in its prose, resolved once for all rules.</summary>
    public RecordReferences References => references ??= RecordReferences.Analyze(bound, options.Registry, Prose);

    /// <summary>Every date written in the prose, found once for all rules.</summary>
    public IReadOnlyList<ProseDate> Dates
    {
        get
        {
            if (dates is null)
            {
                var all = new List<ProseDate>();
                foreach (var segment in Prose)
                {
                    // Kept on the segment for DatesIn (most segments hold none: the shared empty list).
                    var found = DateMentions.Find(segment.Text);
                    segment.FoundDates = found;
                    foreach (var date in found)
                    {
                        all.Add(new ProseDate(segment, date));
                    }
                }

                dates = all;
            }

            return dates;
        }
    }

    /// <summary>The dates written in one piece of the record's prose (<see cref="Dates"/>, by segment).</summary>
    public IReadOnlyList<DateMention> DatesIn(ProseSegment segment)
    {
        _ = Dates;
        return segment.FoundDates ?? DateMentions.Find(segment.Text);
    }

    /// <summary>Paragraphs that start like an action label but are not one (<see cref="ActionLookalikes"/>), found once for all rules.</summary>
    public IReadOnlyList<ActionLookalike> ActionLookalikes => lookalikes ??= Validation.ActionLookalikes.Find(this);

    /// <summary>Every time of day in the prose and the front matter sessions (<see cref="RecordTimes"/>), found once for all rules.</summary>
    public IReadOnlyList<LocatedTime> Times => times ??= RecordTimes.Collect(this);

    /// <summary>What the rule being run declared (<see cref="RuleSet.Analyze(BoundRecord, CheckOptions, DiagnosticBag, SeverityPolicy?, IReadOnlyList{IRecordRule}?)"/> sets it).</summary>
    internal RuleContract? Contract { get; set; }

    public void Report(DiagnosticDescriptor descriptor, SourceLocation location, params object?[] args)
    {
        Contract?.Check(descriptor);
        diagnostics.Add(descriptor, location, args);
    }
}
