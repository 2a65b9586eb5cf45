using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Rgiem.Core.Model;

namespace Rgiem.Docx.Writers;

/// <summary>
/// The tracked changes and comments of a record's CriticMarkup as Word writes them: <c>w:ins</c> and <c>w:del</c>
/// around the runs of a change, and for a comment a <c>w:comment</c> in the comments part with
/// <c>commentRangeStart</c>/<c>commentRangeEnd</c> around its anchor and a <c>commentReference</c> after it. Author
/// and date come from the attribution only (no clock): a change without one is by <see cref="AnonymousAuthor"/>, with
/// no date. Revision ids start at <see cref="FirstRevisionId"/>, clear of those <c>rgiem delta</c> numbers from 1.
/// </summary>
internal sealed class ReviewMarks
{
    /// <summary>The author Word itself writes when personal information is removed from a document.</summary>
    public const string AnonymousAuthor = "Author";

    public const int FirstRevisionId = 900000;

    private readonly List<Comment> comments = [];
    private int nextRevision = FirstRevisionId;
    private int nextComment;

    /// <summary>The comments written so far, in the order they are anchored.</summary>
    public IReadOnlyList<Comment> Comments => comments;

    /// <summary>Comment ids continue after the largest a template's comments part uses.</summary>
    public void ReserveCommentIds(long largest) => nextComment = (int)Math.Max(nextComment, Math.Min(largest + 1, int.MaxValue - 1));

    /// <summary>Puts <paramref name="content"/> (runs, hyperlinks, comment marks) into one revision mark of <paramref name="kind"/>.</summary>
    public IEnumerable<OpenXmlElement> Wrap(RevisionKind kind, Attribution attribution, IEnumerable<OpenXmlElement> content)
    {
        foreach (var element in content)
        {
            switch (element)
            {
                case Run run:
                    yield return Mark(kind, attribution, run);
                    break;
                case Hyperlink link:
                    // A revision holds runs, not hyperlinks: the runs of the link are marked inside it.
                    foreach (var run in link.Elements<Run>().ToList())
                    {
                        run.InsertBeforeSelf(Mark(kind, attribution, (Run)run.CloneNode(true)));
                        run.Remove();
                    }

                    yield return link;
                    break;
                default:
                    yield return element;
                    break;
            }
        }
    }

    /// <summary>Adds a comment whose text is <paramref name="paragraphs"/>; returns its id.</summary>
    public int AddComment(Attribution attribution, IEnumerable<Paragraph> paragraphs)
    {
        int id = nextComment++;
        var comment = new Comment
        {
            Id = id.ToString(CultureInfo.InvariantCulture),
            Author = attribution.Author ?? AnonymousAuthor,
            Initials = Initials(attribution.Author ?? AnonymousAuthor),
            Date = attribution.Date is { } date ? new DateTimeValue(date) : null,
        };
        comment.Append(paragraphs);
        comments.Add(comment);
        return id;
    }

    private OpenXmlElement Mark(RevisionKind kind, Attribution attribution, Run run)
    {
        OpenXmlCompositeElement mark = kind == RevisionKind.Insert ? new InsertedRun() : new DeletedRun();
        var change = (RunTrackChangeType)mark;
        change.Id = (nextRevision++).ToString(CultureInfo.InvariantCulture);
        change.Author = attribution.Author ?? AnonymousAuthor;
        change.Date = attribution.Date is { } date ? new DateTimeValue(date) : null;
        if (kind == RevisionKind.Delete)
        {
            foreach (var text in run.Elements<Text>().ToList())
            {
                text.InsertBeforeSelf(new DeletedText(text.Text) { Space = SpaceProcessingModeValues.Preserve });
                text.Remove();
            }
        }

        mark.Append(run);
        return mark;
    }

    private static string Initials(string author)
    {
        string initials = string.Concat(author.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0])));
        return initials.Length > 9 ? initials[..9] : initials;
    }
}
