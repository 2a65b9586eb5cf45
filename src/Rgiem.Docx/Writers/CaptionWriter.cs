using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Rgiem.Docx.Writers;

/// <summary>
/// Captions in ITU form, <c>Figure 3 – title</c> and <c>Table A.1 – title</c>: the number is a SEQ field (complex field,
/// its result written) so Word renumbers it, and "Figure 3" is inside a bookmark that cross-references point to.
/// </summary>
internal static class CaptionWriter
{
    public static Paragraph Write(RenderState state, string styleId, string label, string number, IEnumerable<OpenXmlElement> title, string? id)
    {
        var content = new List<OpenXmlElement>();
        int dot = number.LastIndexOf('.');
        string prefix = dot < 0 ? string.Empty : number[..(dot + 1)];
        string sequence = dot < 0 ? label : label + "_" + number[..dot];
        var labelled = new List<OpenXmlElement> { InlineWriter.TextRun(label + " " + prefix) };
        labelled.AddRange(Field($" SEQ {sequence} \\* ARABIC ", number[(dot + 1)..]));
        if (id is not null)
        {
            content.AddRange(Bookmark(state, id, label + " " + number, labelled));
        }
        else
        {
            content.AddRange(labelled);
        }

        var rest = title.ToList();
        if (rest.Count > 0)
        {
            content.Add(InlineWriter.TextRun(" – "));
            content.AddRange(rest);
        }

        return ParagraphFactory.Styled(styleId, content);
    }

    /// <summary><paramref name="content"/> inside the bookmark of cross-reference <paramref name="id"/>, which shows <paramref name="text"/>.</summary>
    public static IEnumerable<OpenXmlElement> Bookmark(RenderState state, string id, string text, IEnumerable<OpenXmlElement> content)
    {
        if (!state.Bookmarks.TryAdd(id, text))
        {
            // A duplicate id (RG2042), or the old version of a delta: the first target keeps the bookmark.
            foreach (var element in content)
            {
                yield return element;
            }

            yield break;
        }

        string bookmarkId = state.NextBookmarkId().ToString(System.Globalization.CultureInfo.InvariantCulture);
        yield return new BookmarkStart { Id = bookmarkId, Name = state.BookmarkName(id) };
        foreach (var element in content)
        {
            yield return element;
        }

        yield return new BookmarkEnd { Id = bookmarkId };
    }

    /// <summary>A complex field: begin, instruction, separate, the result already written, end.</summary>
    public static IEnumerable<OpenXmlElement> Field(string instruction, string result, RunStyleSet styles = default)
    {
        yield return new Run(new FieldChar { FieldCharType = FieldCharValues.Begin });
        yield return new Run(new FieldCode(instruction) { Space = SpaceProcessingModeValues.Preserve });
        yield return new Run(new FieldChar { FieldCharType = FieldCharValues.Separate });
        yield return InlineWriter.TextRun(result, styles);
        yield return new Run(new FieldChar { FieldCharType = FieldCharValues.End });
    }

    /// <summary>
    /// The Word bookmark of a cross-reference id: <c>_Ref</c> and the id's letters and digits (others as '_'), at most
    /// 40 characters; a longer id ends with a hash of the whole id so that two long ids stay apart.
    /// </summary>
    public static string BookmarkName(string id, bool hashed = false)
    {
        var builder = new StringBuilder("_Ref_");
        foreach (char c in id)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        }

        if (builder.Length <= 40 && !hashed)
        {
            return builder.ToString();
        }

        string hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(id)))[..8];
        return builder.ToString(0, Math.Min(builder.Length, 31)) + hash;
    }
}
