using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Rgiem.Docx.Tests.Critic;

/// <summary>Edits a built document as a reviewer does in Word with Track Changes on: tracked insertions, deletions, replacements and comments on text of one run.</summary>
internal sealed class WordEdits : IDisposable
{
    private static readonly DateTime When = new(2026, 12, 1, 9, 30, 0, DateTimeKind.Utc);
    private readonly MemoryStream stream;
    private readonly WordprocessingDocument document;
    private int nextId = 7000;

    public WordEdits(byte[] docx)
    {
        stream = new MemoryStream();
        stream.Write(docx);
        stream.Position = 0;
        document = WordprocessingDocument.Open(stream, true);
    }

    private Body Body => document.MainDocumentPart!.Document!.Body!;

    /// <summary>Inserts <paramref name="text"/> after <paramref name="after"/> (text of one run: the first run that is exactly that text, else the first that holds it).</summary>
    public WordEdits Insert(string after, string text, string author = "Ed Itor")
    {
        var (_, match, _) = Split(after);
        match.InsertAfterSelf(new InsertedRun(Run(text, match)) { Id = Id(), Author = author, Date = When });
        return this;
    }

    public WordEdits Delete(string text, string author = "Ed Itor")
    {
        var (_, match, _) = Split(text);
        Mark(match, author);
        return this;
    }

    public WordEdits Replace(string old, string text, string author = "Ed Itor")
    {
        var (_, match, _) = Split(old);
        var deleted = Mark(match, author);
        deleted.InsertAfterSelf(new InsertedRun(Run(text, match)) { Id = Id(), Author = author, Date = When });
        return this;
    }

    public WordEdits Comment(string anchor, string text, string author = "Rev Iewer")
    {
        var (_, match, _) = Split(anchor);
        var part = document.MainDocumentPart!.WordprocessingCommentsPart ?? document.MainDocumentPart.AddNewPart<WordprocessingCommentsPart>();
        part.Comments ??= new Comments();
        string id = Id();
        part.Comments.Append(new Comment(new Paragraph(new Run(new AnnotationReferenceMark()), new Run(new Text(text)))) { Id = id, Author = author, Date = When, Initials = "RI" });
        match.InsertBeforeSelf(new CommentRangeStart { Id = id });
        match.InsertAfterSelf(new CommentRangeEnd { Id = id });
        match.NextSibling()!.InsertAfterSelf(new Run(new CommentReference { Id = id }));
        return this;
    }

    public byte[] Save()
    {
        document.Save();
        document.Dispose();
        return stream.ToArray();
    }

    public void Dispose()
    {
        document.Dispose();
        stream.Dispose();
    }

    private DeletedRun Mark(Run run, string author)
    {
        foreach (var text in run.Elements<Text>().ToList())
        {
            text.InsertBeforeSelf(new DeletedText(text.Text) { Space = SpaceProcessingModeValues.Preserve });
            text.Remove();
        }

        var deleted = new DeletedRun { Id = Id(), Author = author, Date = When };
        run.InsertBeforeSelf(deleted);
        run.Remove();
        deleted.Append(run);
        return deleted;
    }

    /// <summary>Splits the run holding <paramref name="text"/> (in the body, else in a footnote) into the text before it, it, and the text after it.</summary>
    private (Run? Before, Run Match, Run? After) Split(string text)
    {
        var notes = document.MainDocumentPart!.FootnotesPart?.Footnotes?.Descendants<Run>() ?? [];
        var runs = Body.Descendants<Run>().Concat(notes).Where(r => r.Parent is Paragraph or Hyperlink && r.Elements<Text>().Count() == 1).ToList();
        var run = runs.FirstOrDefault(r => r.GetFirstChild<Text>()!.Text == text) ?? runs.First(r => r.GetFirstChild<Text>()!.Text.Contains(text, StringComparison.Ordinal));
        string all = run.GetFirstChild<Text>()!.Text;
        int at = all.IndexOf(text, StringComparison.Ordinal);
        Run? before = at > 0 ? Run(all[..at], run) : null;
        Run? after = at + text.Length < all.Length ? Run(all[(at + text.Length)..], run) : null;
        var match = Run(text, run);
        if (before is not null)
        {
            run.InsertBeforeSelf(before);
        }

        run.InsertBeforeSelf(match);
        if (after is not null)
        {
            run.InsertBeforeSelf(after);
        }

        run.Remove();
        return (before, match, after);
    }

    private static Run Run(string text, Run like)
    {
        var run = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (like.RunProperties is { } properties)
        {
            run.PrependChild((RunProperties)properties.CloneNode(true));
        }

        return run;
    }

    private string Id() => (nextId++).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
