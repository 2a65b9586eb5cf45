using DocumentFormat.OpenXml.Packaging;
using Rgiem.Core.Diagnostics;
using Rgiem.Docx.HouseStyle;

namespace Rgiem.Docx.Writers;

/// <summary>What the writers of one document share: the main part's relationships, list numbering and id counters.</summary>
internal sealed class RenderState(IRelationshipTarget relationships, string recordPath, ListNumbering? numbering = null)
{
    /// <summary>Bookmark ids of the headings start here, clear of the small ids a template's own bookmarks use.</summary>
    public const int FirstHeadingBookmark = 9000;

    private int nextRelationship = 100;
    private int nextDrawing = 1;
    private int nextHeading;
    private int nextFootnote = 1;
    private readonly List<DocumentFormat.OpenXml.Wordprocessing.Footnote> footnotes = [];

    /// <summary>A state whose relationships go into an Open XML SDK main part.</summary>
    public RenderState(MainDocumentPart main, string recordPath, ListNumbering? numbering = null)
        : this(new MainPartRelationships(main), recordPath, numbering)
    {
    }

    public IRelationshipTarget Relationships { get; } = relationships;

    public ListNumbering Numbering { get; } = numbering ?? new ListNumbering();

    /// <summary>Headings get bookmarks for the table of contents (<c>toc: true</c>).</summary>
    public bool TableOfContents { get; init; }

    /// <summary>The name of the bookmark of the n-th heading (0-based), which the table of contents links to.</summary>
    public static string HeadingBookmark(int index) => "_TocRgiem" + index.ToString("0000", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The index of the next heading written.</summary>
    public int NextHeading() => nextHeading++;

    /// <summary>The footnotes written so far, in the order cited (Word numbers them 1..n in that order).</summary>
    public IReadOnlyList<DocumentFormat.OpenXml.Wordprocessing.Footnote> Footnotes => footnotes;

    /// <summary>True while the text of a footnote is written: Word allows no footnote inside a footnote.</summary>
    public bool InFootnote { get; set; }

    /// <summary>Footnote ids continue after the largest a template's footnotes part uses.</summary>
    public void ReserveFootnoteIds(long largest) => nextFootnote = (int)Math.Max(nextFootnote, Math.Min(largest + 1, int.MaxValue));

    public int NextFootnoteId() => nextFootnote++;

    public void AddFootnote(DocumentFormat.OpenXml.Wordprocessing.Footnote footnote) => footnotes.Add(footnote);

    /// <summary>The relationship id of each image stored, by the SHA-256 of its bytes: an image shown twice is stored once.</summary>
    public Dictionary<string, string> ImagesByHash { get; } = new(StringComparer.Ordinal);

    /// <summary>Bookmark ids of figures, tables, clauses and annexes that are cited start here.</summary>
    private int nextBookmark = 20000;

    public int NextBookmarkId() => nextBookmark++;

    /// <summary>The bookmark of each cross-reference id that the writers have placed, with the text it shows ("Figure 3").</summary>
    public Dictionary<string, string> Bookmarks { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The cross-reference targets of the body being written, which citations read their text from (a citation may
    /// come before its target); null when nothing is cited. Set per version by the delta writer.
    /// </summary>
    public Core.Model.CrossReferences? CrossReferences { get; set; }

    private readonly Dictionary<string, string> bookmarkNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> bookmarkNamesUsed = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The Word bookmark name of cross-reference id <paramref name="id"/> (<see cref="CaptionWriter.BookmarkName"/>),
    /// the same for every call; two ids that would share a name (Word compares names without case) keep apart by a hash.
    /// </summary>
    public string BookmarkName(string id)
    {
        if (bookmarkNames.TryGetValue(id, out var known))
        {
            return known;
        }

        string name = CaptionWriter.BookmarkName(id);
        if (!bookmarkNamesUsed.Add(name))
        {
            name = CaptionWriter.BookmarkName(id, hashed: true);
            bookmarkNamesUsed.Add(name);
        }

        bookmarkNames[id] = name;
        return name;
    }

    public DiagnosticBag Diagnostics { get; } = new();

    /// <summary>The tracked changes and comments of the record's CriticMarkup.</summary>
    public ReviewMarks Review { get; } = new();

    public string RecordPath { get; } = recordPath;

    /// <summary>A relationship id that cannot clash with the fixed ids of the package parts.</summary>
    public string NextRelationshipId()
    {
        // A template's parts keep their own ids; skip any of ours it happens to use.
        string id;
        do
        {
            id = "rIdX" + (nextRelationship++).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        while (Relationships.IsInUse(id));

        return id;
    }

    /// <summary>Drawing ids continue after the largest a template uses.</summary>
    public void ReserveDrawingIds(uint largest) => nextDrawing = Math.Max(nextDrawing, (int)Math.Min(largest + 1, int.MaxValue));

    public uint NextDrawingId() => (uint)nextDrawing++;
}
