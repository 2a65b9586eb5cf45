using System.Text;
using Rgiem.Core.Binding;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.FileSystem;
using Rgiem.Core.FrontMatter;
using Rgiem.Core.Model;
using Rgiem.Core.References;
using Rgiem.Core.Text;

namespace Rgiem.Core.Caching;

/// <summary>
/// Reads back what <see cref="SummaryWriter"/> wrote, field by field in the same order. The bytes come from a cache
/// whose manifest was authenticated (<see cref="CheckStore"/>), but a reader never trusts a count or an index: anything
/// out of range is a <see cref="FormatException"/>, and the cache is then ignored.
/// </summary>
public sealed class SummaryReader
{
    private readonly ReadOnlyMemory<byte> bytes;
    private int position;

    /// <summary>The strings met so far, by index; most entries have a few dozen.</summary>
    private readonly List<string> strings = new(32);

    // The entry is decoded straight from its slice of the shard (no stream, no BinaryReader, no copy): a build that
    // reuses 5,000 records' checks decodes 5,000 headers, and what it allocates is what it keeps.
    private SummaryReader(ReadOnlyMemory<byte> bytes) => this.bytes = bytes;

    /// <summary>The record file and key of an entry, and the files it read, without reading the rest.</summary>
    public static (string FullPath, string Key, IReadOnlyList<FileDependency> Inputs) Header(ReadOnlyMemory<byte> bytes) =>
        Guard(bytes, static summary => (summary.Required(), summary.Required(), summary.Inputs()));

    public static CheckEntry Read(ReadOnlyMemory<byte> bytes) => Read(bytes, static (_, _) => true)!;

    /// <summary>
    /// Reads an entry's header, and the rest only when <paramref name="accept"/> takes its key and inputs (the build
    /// cache checks the key first: the header is decoded once); null when it does not.
    /// </summary>
    public static CheckEntry? Read(ReadOnlyMemory<byte> bytes, Func<string, IReadOnlyList<FileDependency>, bool> accept) =>
        Entry(bytes, accept, deferred: false);

    /// <summary>
    /// As <see cref="Read(ReadOnlyMemory{byte}, Func{string, IReadOnlyList{FileDependency}, bool})"/>, but the summary is
    /// decoded only as far as its compact part (<see cref="RecordFacts"/>) and the diagnostics: the rest of
    /// <paramref name="bytes"/> (which must not change afterwards) is decoded the first time something reads more of the
    /// summary than its facts, its source path and its inputs (<see cref="BoundRecord.Deferred"/>). What a build that
    /// reuses a record's checks reads of it is the facts: most records' summaries are never decoded.
    /// </summary>
    public static CheckEntry? ReadDeferred(ReadOnlyMemory<byte> bytes, Func<string, IReadOnlyList<FileDependency>, bool> accept) =>
        Entry(bytes, accept, deferred: true);

    /// <summary>
    /// The one decoder of an entry, for both reads: the header, then (when <paramref name="accept"/> takes it) the facts
    /// and the diagnostics, then the rest of the summary now or, <paramref name="deferred"/>, when it is first read (the
    /// entry is then decoded again from its start: a string is written once and named by its index afterwards).
    /// </summary>
    private static CheckEntry? Entry(ReadOnlyMemory<byte> bytes, Func<string, IReadOnlyList<FileDependency>, bool> accept, bool deferred) =>
        Guard(bytes, summary =>
        {
            string fullPath = summary.Required();
            string key = summary.Required();
            var inputs = summary.Inputs();
            if (!accept(key, inputs))
            {
                return null;
            }

            var facts = summary.Facts();
            var diagnostics = summary.List(summary.Diagnostic);
            if (deferred)
            {
                return new CheckEntry(fullPath, key, inputs, diagnostics, BoundRecord.Deferred(facts, inputs, () => Read(bytes).Summary));
            }

            var bound = summary.Bound();
            if (summary.position != summary.bytes.Length)
            {
                throw new FormatException("a record's summary has bytes after its end");
            }

            return new CheckEntry(fullPath, key, inputs, diagnostics, bound);
        });

    private static T Guard<T>(ReadOnlyMemory<byte> bytes, Func<SummaryReader, T> read)
    {
        try
        {
            return read(new SummaryReader(bytes));
        }
        catch (Exception ex) when (ex is EndOfStreamException or IOException or ArgumentException or DecoderFallbackException or OverflowException)
        {
            throw new FormatException("a record's summary is unreadable: " + ex.Message, ex);
        }
    }

    private IReadOnlyList<FileDependency> Inputs() => List(() => new FileDependency(Required(), Required()));

    private RecordFacts Facts() => new(
        Enum<RecordKind>(),
        Enum<DocumentType>(),
        String(),
        String(),
        Number(),
        String(),
        Statistics(),
        Date(),
        Date(),
        Date(),
        String(),
        List(() =>
        {
            var style = Enum<ActionStyle>();
            string? prefix = String();
            int number = Int();
            bool inSummary = Bool();
            var label = Location();
            return new ActionBlock(style, prefix, number, [], inSummary, label, Location());
        }),
        ActionStatuses(),
        Required(),
        Location(),
        Location(),
        Location());

    private DocumentNumber? Number() => Optional(() => new DocumentNumber(String(), Required(), Int(), OptionalInt(), String()));

    private MeetingStatistics? Statistics() =>
        Optional(() => new MeetingStatistics(OptionalInt(), OptionalInt(), OptionalInt(), OptionalInt(), OptionalInt(), OptionalInt(), OptionalInt(), OptionalInt(), OptionalInt(), String()));

    private List<ActionStatusEntry> ActionStatuses() => List(() => new ActionStatusEntry(Required(), String(), Enum<ActionStatus>(), Location()));

    private BoundRecord Bound()
    {
        string path = Required();
        var metadata = Metadata();
        var actions = List(Action);
        var fallback = Location();
        var values = List(Pair);
        var keys = List(Pair);
        string sourcePath = Required();
        int yamlFirstLine = Int();
        int closingLine = Int();
        var valuesLocation = Location();
        var includes = List(() => new SourceText(Required(), Required()));
        var images = List(Required);
        var inputs = Inputs();
        return new BoundRecord(
            new MeetingRecord(path, metadata, actions),
            SourceMap.FromParts(fallback, values, keys),
            new SourceText(sourcePath, string.Empty),
            new FrontMatterSection(string.Empty, yamlFirstLine, closingLine, 0),
            ObjectValue.Empty(valuesLocation))
        {
            Includes = includes,
            Images = images,
            Inputs = inputs,
            IsSummary = true,
        };
    }

    private KeyValuePair<string, SourceLocation> Pair() => new(Required(), Location());

    private RecordMetadata Metadata() => new()
    {
        Number = Number(),
        ConferenceNumber = Optional(() => new ConferenceNumber(Required(), Int(), Int(), OptionalInt(), OptionalInt())),
        MeetingDocument = Optional(() => new MeetingDocumentNumber(Int(), Required())),
        Type = Enum<DocumentType>(),
        Group = String(),
        Parent = String(),
        StudyPeriod = String(),
        Original = Required(),
        Questions = List(Required),
        Meeting = Optional(() => new MeetingInfo(String(), Date(), Date())),
        Source = String(),
        Title = String(),
        Purpose = String(),
        Contacts = List(() => new Contact(Required(), String(), String(), String(), String())),
        Keywords = List(Required),
        Abstract = String(),
        ForAction = List(Required),
        ForInformation = List(Required),
        Approval = String(),
        Deadline = Date(),
        ActionPrefix = String(),
        Sessions = List(() => new SessionInfo(RequiredDate(), String(), String())),
        Chair = String(),
        AssociateRapporteurs = List(Required),
        Documents = List(() => new DocumentEntry(Required(), String(), String())),
        Statistics = Statistics(),
        Logo = String(),
        Template = String(),
        Styles = Styles(),
        Toc = Bool(),
        TocTitle = Required(),
        Language = Required(),
        Date = Date(),
        Kind = Enum<RecordKind>(),
        Covers = Optional(() => new MeetingSelection(List(() => new CoverPattern(Required(), Location())), Date(), Date(), Location())),
        ActionStatuses = ActionStatuses(),
    };

    private Dictionary<string, string> Styles()
    {
        var styles = new Dictionary<string, string>(StringComparer.Ordinal);
        int count = Count();
        for (int i = 0; i < count; i++)
        {
            styles[Required()] = Required();
        }

        return styles;
    }

    private ActionBlock Action()
    {
        var style = Enum<ActionStyle>();
        string? prefix = String();
        int number = Int();
        string text = Required();
        bool inSummary = Bool();
        var label = Location();
        var location = Location();
        return new ActionBlock(style, prefix, number, text.Length > 0 ? [new TextRun(text)] : [], inSummary, label, location);
    }

    private Diagnostic Diagnostic()
    {
        string id = Required();
        var descriptor = DiagnosticCatalog.Find(id) ?? throw new FormatException($"a record's summary has an unknown diagnostic '{id}'");
        var severity = Enum<DiagnosticSeverity>();
        var location = Location();
        return new Diagnostic(descriptor, location, severity, Required());
    }

    private SourceLocation Location() => new(Required(), Position(), Position());

    private LinePosition Position() => new(Int(), Int());

    private DateOnly? Date()
    {
        int day = Int();
        return day == 0 ? null : RequiredDate(day - 1);
    }

    private DateOnly RequiredDate() => RequiredDate(Int());

    private static DateOnly RequiredDate(int dayNumber) =>
        dayNumber >= 0 && dayNumber <= DateOnly.MaxValue.DayNumber ? DateOnly.FromDayNumber(dayNumber) : throw new FormatException("a record's summary has a bad date");

    private T Enum<T>()
        where T : struct, Enum
    {
        int value = Int();
        var result = (T)(object)value;
        return System.Enum.IsDefined(result) ? result : throw new FormatException($"a record's summary has a bad {typeof(T).Name}");
    }

    private bool Bool() => Byte() != 0;

    private byte Byte() => position < bytes.Length ? bytes.Span[position++] : throw new EndOfStreamException("a record's summary is cut short");

    /// <summary>A 7-bit encoded int, as <see cref="BinaryWriter.Write7BitEncodedInt"/> writes it (at most five bytes).</summary>
    private int Int()
    {
        uint result = 0;
        for (int shift = 0; shift < 28; shift += 7)
        {
            byte b = Byte();
            result |= (b & 0x7Fu) << shift;
            if (b <= 0x7F)
            {
                return (int)result;
            }
        }

        byte last = Byte();
        return last <= 0b1111u ? (int)(result | ((uint)last << 28)) : throw new FormatException("a record's summary has a bad number");
    }

    private int? OptionalInt() => Bool() ? Int() : null;

    private int Count()
    {
        int count = Int();
        return count >= 0 && count <= bytes.Length - position ? count : throw new FormatException("a record's summary has a bad count");
    }

    private T? Optional<T>(Func<T> read)
        where T : class =>
        Bool() ? read() : null;

    private List<T> List<T>(Func<T> read)
    {
        int count = Count();
        var items = new List<T>(count);
        for (int i = 0; i < count; i++)
        {
            items.Add(read());
        }

        return items;
    }

    private string Required() => String() ?? throw new FormatException("a record's summary lacks a text");

    private string? String()
    {
        int code = Int();
        switch (code)
        {
            case 0:
                return null;
            case 1:
                // As BinaryReader.ReadString: a byte length, then UTF-8 (an invalid sequence decodes to U+FFFD).
                int length = Int();
                if (length < 0 || length > bytes.Length - position)
                {
                    throw new FormatException("a record's summary has a bad string length");
                }

                string text = Encoding.UTF8.GetString(bytes.Span.Slice(position, length));
                position += length;
                strings.Add(text);
                return text;
            default:
                return code - 2 < strings.Count ? strings[code - 2] : throw new FormatException("a record's summary has a bad string index");
        }
    }
}
