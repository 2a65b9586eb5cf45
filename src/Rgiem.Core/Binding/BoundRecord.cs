using Rgiem.Core.FrontMatter;
using Rgiem.Core.Model;
using Rgiem.Core.Text;

namespace Rgiem.Core.Binding;

/// <summary>
/// A record after binding: the model, where its front matter values were written, its source, and the
/// validated front matter values (after project defaults), for rules that need the YAML nodes.
/// </summary>
public sealed record BoundRecord(MeetingRecord Record, SourceMap Map, SourceText Source, FrontMatterSection Section, ObjectValue Values)
{
    // A summary decoded from the build cache (Deferred) holds only its facts, source path and inputs until something
    // asks for more: then the whole summary is decoded once (`full`) and these fields stay null. What a check keeps
    // (FactsOnly) is the same, with nothing more to decode.
    private readonly MeetingRecord? record = Record;
    private readonly SourceMap? map = Map;
    private readonly FrontMatterSection? section = Section;
    private readonly ObjectValue? values = Values;
    private readonly IReadOnlyList<SourceText>? includes = [];
    private readonly IReadOnlyList<string>? images = [];
    private readonly Lazy<BoundRecord>? full;
    private RecordFacts? facts;

    private BoundRecord(RecordFacts facts, IReadOnlyList<FileSystem.FileDependency> inputs, Func<BoundRecord> decode)
        : this(null!, null!, new SourceText(facts.SourcePath, string.Empty), null!, null!)
    {
        this.facts = facts;
        includes = null;
        images = null;
        full = new Lazy<BoundRecord>(decode, LazyThreadSafetyMode.ExecutionAndPublication);
        Inputs = inputs;
        IsSummary = true;
    }

    public MeetingRecord Record
    {
        get => record ?? Full.Record;
        init
        {
            record = value;
            facts = null;
        }
    }

    public SourceMap Map
    {
        get => map ?? Full.Map;
        init
        {
            map = value;
            facts = null;
        }
    }

    public SourceText Source
    {
        get;
        init
        {
            field = value;
            facts = null;
        }
    } = Source;

    public FrontMatterSection Section
    {
        get => section ?? Full.Section;
        init => section = value;
    }

    public ObjectValue Values
    {
        get => values ?? Full.Values;
        init => values = value;
    }

    /// <summary>The files its <c>```{include}</c> directives brought in, in the order first included.</summary>
    public IReadOnlyList<SourceText> Includes
    {
        get => includes ?? Full.Includes;
        init => includes = value;
    }

    /// <summary>The full path of every image the body shows: inputs of its rendering, as the includes are.</summary>
    public IReadOnlyList<string> Images
    {
        get => images ?? Full.Images;
        init => images = value;
    }

    /// <summary>
    /// What the checks across records read of this record (<see cref="RecordFacts"/>): for a summary the build cache
    /// decoded, what it stored; else computed from the record on first use.
    /// </summary>
    public RecordFacts Facts => facts ??= RecordFacts.Of(this);

    /// <summary>Whether this is a summary from the build cache whose record is not decoded yet (only <see cref="Facts"/>, the source path and the inputs are).</summary>
    public bool IsDeferred => full is { IsValueCreated: false };

    private BoundRecord Full => full?.Value ?? throw new InvalidOperationException("A bound record lacks a part.");

    /// <summary>
    /// A summary from the build cache known by its facts and inputs; <paramref name="decode"/> gives the whole summary
    /// (<see cref="IsSummary"/>) the first time anything else of it is asked for.
    /// </summary>
    public static BoundRecord Deferred(RecordFacts facts, IReadOnlyList<FileSystem.FileDependency> inputs, Func<BoundRecord> decode) =>
        new(facts, inputs, decode);

    /// <summary>Two bound records are equal when their parts are (a deferred summary is decoded to compare).</summary>
    public bool Equals(BoundRecord? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Equals(Record, other.Record) && Equals(Map, other.Map) && Equals(Source, other.Source) && Equals(Section, other.Section)
                && Equals(Values, other.Values) && Equals(Includes, other.Includes) && Equals(Images, other.Images)
                && Equals(Inputs, other.Inputs) && IsSummary == other.IsSummary));

    public override int GetHashCode() => HashCode.Combine(Record, Map, Source, Section, Values, Includes, Images, Inputs);

    /// <summary>
    /// Every file the stages read (or looked for) to build this record, as they read it (<see cref="FileSystem.InputTracker"/>):
    /// the record, its includes, figures, template and logo, and for a progress report the inputs of the meetings it
    /// covers. Empty unless a build tracks its inputs (the build cache keys the output on them).
    /// </summary>
    public IReadOnlyList<FileSystem.FileDependency> Inputs { get; init; } = [];

    /// <summary>
    /// True for what <see cref="ToSummary"/> keeps of a checked record: the metadata (without the cover's action
    /// text), the action items (their text as plain text), where each front matter value outside lists was written and
    /// the includes; not the body, the source text or the front matter tree.
    /// </summary>
    public bool IsSummary { get; init; }

    /// <summary>
    /// What the checks across records and the build cache read of a record once its own checks have run. A build
    /// of thousands of records holds these instead of every record's syntax and text (a summary is about a
    /// tenth of the bound record); a record rendered later is read and bound again.
    /// </summary>
    public BoundRecord ToSummary() => IsSummary ? this : this with
    {
        // The build cache stores summaries (Caching/SummaryWriter): what a summary keeps is what it can write. The
        // checks across records read the actions' labels and numbers, never their text, the cover's action blocks or the
        // review marks of the front matter (a record rendered later is read and bound again).
        Record = new MeetingRecord(Record.Path, Record.Metadata with { Action = [], Reviews = new Dictionary<string, IReadOnlyList<Inline>>() }, [.. Record.Actions.Select(PlainAction)]),
        Map = Map.WithoutListItems(),
        Source = new SourceText(Source.Path, string.Empty),
        Section = new FrontMatterSection(string.Empty, Section.YamlFirstLine, Section.ClosingLine, 0),
        Values = ObjectValue.Empty(Values.Location),
        IsSummary = true,
    };

    /// <summary>
    /// What a check keeps of a record once its own checks have run: its <see cref="Facts"/> (all the checks across
    /// records and the output's name read), its source path and inputs, as a summary the build cache decoded keeps
    /// them (<see cref="IsDeferred"/>); nothing else of it can be asked for. A check of 5,000 records held their
    /// summaries until the end, and the collector marked and copied them twice (issue 21: 10 % of check's CPU).
    /// </summary>
    public BoundRecord FactsOnly() => new(Facts, Inputs, KeptNoMore);

    private static BoundRecord KeptNoMore() =>
        throw new InvalidOperationException("Only the facts of this record were kept (RecordRetention.Facts): compile with a summary or the whole record to read more of it.");

    private static ActionBlock PlainAction(ActionBlock action) =>
        action with { Inlines = BlockWalker.PlainText(action.Inlines) is { Length: > 0 } text ? [new TextRun(text)] : [] };

    /// <summary>The text of <paramref name="path"/> (a display path): the record's own or an included file's; null for any other.</summary>
    public SourceText? SourceOf(string path) =>
        string.Equals(path, Source.Path, StringComparison.Ordinal)
            ? Source
            : Includes.FirstOrDefault(s => string.Equals(s.Path, path, StringComparison.Ordinal));
}
