using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Import;
using Rgiem.Core.Import.Edits;
using Rgiem.Core.Model;
using Rgiem.Docx.Templates;

namespace Rgiem.Docx.Import.Edits;

/// <summary>
/// Reads the tracked changes and comments of an edited Word document: every paragraph of the body (table cells
/// included) in document order, its text in segments (plain, inserted, deleted: <c>w:ins</c>/<c>w:moveTo</c>,
/// <c>w:del</c>/<c>w:moveFrom</c>, with their author and date) and its comments (anchor and text from the comments
/// part); then the paragraphs of the footnotes. The file is vetted as a template is (size, zip entries, macros, external links) before it is opened.
/// </summary>
public static class EditedDocumentReader
{
    public static EditedDocument? Read(string path, string displayName, DiagnosticBag diagnostics)
    {
        var location = SourceLocation.FileOnly(displayName);
        if (TemplateLoader.Load(path, displayName, location, diagnostics, readOnly: true) is not { } file)
        {
            return null;
        }

        try
        {
            using var stream = file.OpenPackage();
            using var document = WordprocessingDocument.Open(stream, false);
            if (document.MainDocumentPart?.Document?.Body is not { } body)
            {
                diagnostics.Add(EditsDescriptors.Unreadable, location, displayName, "it has no document body");
                return null;
            }

            var comments = Comments(document.MainDocumentPart);
            var paragraphs = Read(body, comments).Concat(Footnotes(document.MainDocumentPart, body.Descendants<Paragraph>().Count(), comments)).ToList();
            var (before, after, coverParagraphs) = Covers(document.MainDocumentPart, body, displayName);
            return new EditedDocument(paragraphs) { CoverBefore = before, CoverAfter = after, CoverParagraphs = coverParagraphs };
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or IOException or InvalidOperationException)
        {
            diagnostics.Add(EditsDescriptors.Unreadable, location, displayName, ex.Message);
            return null;
        }
    }

    /// <summary>The paragraphs of <paramref name="body"/>; <paramref name="comments"/> gives each comment's attribution and text by id.</summary>
    public static IReadOnlyList<EditedParagraph> Read(Body body, IReadOnlyDictionary<string, (Attribution Attribution, string Text)> comments)
    {
        var paragraphs = new List<EditedParagraph>();
        int number = 0;
        foreach (var paragraph in body.Descendants<Paragraph>())
        {
            number++;
            if (paragraph.Ancestors<TextBoxContent>().Any())
            {
                continue;
            }

            paragraphs.Add(ReadParagraph(paragraph, number, comments));
        }

        return paragraphs;
    }

    /// <summary>The paragraphs of the footnotes (Word's separators left out), numbered after the body's: a record's notes follow its body in the same order.</summary>
    private static IEnumerable<EditedParagraph> Footnotes(MainDocumentPart main, int bodyParagraphs, IReadOnlyDictionary<string, (Attribution Attribution, string Text)> comments)
    {
        int number = bodyParagraphs;
        foreach (var note in main.FootnotesPart?.Footnotes?.Elements<Footnote>() ?? [])
        {
            if (note.Type?.Value is { } type && type != FootnoteEndnoteValues.Normal)
            {
                continue;
            }

            foreach (var paragraph in note.Descendants<Paragraph>())
            {
                number++;
                if (!paragraph.Ancestors<TextBoxContent>().Any())
                {
                    yield return ReadParagraph(paragraph, number, comments);
                }
            }
        }
    }

    private static EditedParagraph ReadParagraph(Paragraph paragraph, int number, IReadOnlyDictionary<string, (Attribution Attribution, string Text)> comments)
    {
        var segments = new List<EditSegment>();
        var open = new Dictionary<string, int>(StringComparer.Ordinal);
        var placed = new List<EditComment>();
        int length = 0;

        void Append(string text, OpenXmlElement element)
        {
            var (kind, attribution) = Mark(element);
            length += text.Length;
            if (segments.Count > 0 && segments[^1].Kind == kind && segments[^1].Attribution == attribution)
            {
                segments[^1] = segments[^1] with { Text = segments[^1].Text + text };
            }
            else
            {
                segments.Add(new EditSegment(text, kind, attribution));
            }
        }

        foreach (var element in paragraph.Descendants())
        {
            if (element.Ancestors<Paragraph>().First() != paragraph)
            {
                continue; // a paragraph nested in this one (a text box) is not this paragraph's text
            }

            switch (element)
            {
                case Text text:
                    Append(text.Text, text);
                    break;
                case DeletedText deleted:
                    Append(deleted.Text, deleted);
                    break;
                case TabChar when element.Parent is Run:
                    Append("\t", element);
                    break;
                case Break:
                    Append("\n", element);
                    break;
                case CommentRangeStart start when start.Id?.Value is { } id:
                    open[id] = length;
                    break;
                case CommentRangeEnd end when end.Id?.Value is { } id && comments.TryGetValue(id, out var comment):
                    placed.Add(new EditComment(open.GetValueOrDefault(id, length), length, comment.Attribution, comment.Text));
                    open.Remove(id);
                    break;
                case CommentReference reference when reference.Id?.Value is { } id && comments.TryGetValue(id, out var comment) && !placed.Exists(c => c.Text == comment.Text && c.Attribution == comment.Attribution):
                    // A comment whose range ends in another paragraph, or a comment with no range: at its mark.
                    placed.Add(new EditComment(open.GetValueOrDefault(id, length), length, comment.Attribution, comment.Text));
                    open.Remove(id);
                    break;
            }
        }

        foreach (var (id, start) in open)
        {
            if (comments.TryGetValue(id, out var comment))
            {
                placed.Add(new EditComment(start, length, comment.Attribution, comment.Text));
            }
        }

        return new EditedParagraph(number, segments, placed);
    }

    /// <summary>
    /// The cover read as it was before the tracked changes (insertions left out, deletions kept) and after them, by the
    /// import's own <see cref="CoverReader"/>; and how many paragraphs the cover has. Null covers without a tracked change or comment.
    /// </summary>
    private static (ImportedCover? Before, ImportedCover? After, int Paragraphs) Covers(MainDocumentPart main, Body body, string displayName)
    {
        if (!body.Descendants().Any(e => e is InsertedRun or DeletedRun or MoveToRun or MoveFromRun or CommentRangeStart or CommentReference))
        {
            return (null, null, 0);
        }

        (ImportedCover Cover, int Start) ReadCover(Body view)
        {
            var context = new ImportContext(main, displayName, "cover", new DiagnosticBag());
            return new CoverReader(context, new BodyReader(context)).Read(view.ChildElements.ToList());
        }

        // After: the cover reader reads text as Word shows it with the changes accepted (deleted text is not read).
        var (after, start) = ReadCover(body);
        var rejected = (Body)body.CloneNode(true);
        foreach (var inserted in rejected.Descendants().Where(e => e is InsertedRun or MoveToRun).ToList())
        {
            inserted.Remove();
        }

        foreach (var deleted in rejected.Descendants().Where(e => e is DeletedRun or MoveFromRun).ToList())
        {
            foreach (var child in deleted.ChildElements.ToList())
            {
                child.Remove();
                deleted.InsertBeforeSelf(child);
            }

            deleted.Remove();
        }

        foreach (var text in rejected.Descendants<DeletedText>().ToList())
        {
            text.InsertBeforeSelf(new Text(text.Text) { Space = SpaceProcessingModeValues.Preserve });
            text.Remove();
        }

        var (before, _) = ReadCover(rejected);
        int paragraphs = body.ChildElements.Take(start).Sum(e => e is Paragraph ? 1 : e.Descendants<Paragraph>().Count());
        return start == 0 ? (null, null, 0) : (before, after, paragraphs);
    }

    /// <summary>Which revision holds <paramref name="element"/>: the nearest insertion, deletion or move around it.</summary>
    private static (SegmentKind Kind, Attribution Attribution) Mark(OpenXmlElement element)
    {
        foreach (var ancestor in element.Ancestors())
        {
            switch (ancestor)
            {
                case InsertedRun inserted:
                    return (SegmentKind.Inserted, Attribution(inserted.Author?.Value, inserted.Date?.Value));
                case MoveToRun moved:
                    return (SegmentKind.Inserted, Attribution(moved.Author?.Value, moved.Date?.Value));
                case DeletedRun deleted:
                    return (SegmentKind.Deleted, Attribution(deleted.Author?.Value, deleted.Date?.Value));
                case MoveFromRun moved:
                    return (SegmentKind.Deleted, Attribution(moved.Author?.Value, moved.Date?.Value));
                case Paragraph:
                    return (SegmentKind.Normal, Core.Model.Attribution.None);
            }
        }

        return (SegmentKind.Normal, Core.Model.Attribution.None);
    }

    private static Attribution Attribution(string? author, DateTime? date) =>
        new(string.IsNullOrWhiteSpace(author) || author == CriticText.AnonymousAuthor ? null : author.Trim(), date is { } d ? DateTime.SpecifyKind(d.Kind == DateTimeKind.Local ? d.ToUniversalTime() : d, DateTimeKind.Utc) : null);

    private static Dictionary<string, (Attribution Attribution, string Text)> Comments(MainDocumentPart main)
    {
        var comments = new Dictionary<string, (Attribution, string)>(StringComparer.Ordinal);
        foreach (var comment in main.WordprocessingCommentsPart?.Comments?.Elements<Comment>() ?? [])
        {
            if (comment.Id?.Value is not { } id)
            {
                continue;
            }

            var text = new StringBuilder();
            foreach (var paragraph in comment.Elements<Paragraph>())
            {
                if (text.Length > 0)
                {
                    text.Append(' ');
                }

                text.Append(string.Concat(paragraph.Descendants<Text>().Select(t => t.Text)));
            }

            comments[id] = (Attribution(comment.Author?.Value, comment.Date?.Value), text.ToString());
        }

        return comments;
    }
}
