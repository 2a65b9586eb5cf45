using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Rgiem.Core.Delta;

namespace Rgiem.Docx.Delta;

/// <summary>Splits a rendered paragraph into <see cref="RunToken"/>s; paragraphs holding anything but runs (links, bookmarks) or a field are not split.</summary>
internal static class ParagraphTokens
{
    /// <summary>The tokens of a paragraph, or null when it holds more than plain runs or a field (then it is replaced whole).</summary>
    /// <param name="noteText">
    /// The text of a footnote by id: a footnote reference compares by its note's text, so that a changed note is a
    /// deleted and an inserted reference, and the same note in both versions is unchanged.
    /// </param>
    public static List<RunToken>? Split(Paragraph paragraph, Func<long, string>? noteText = null)
    {
        var tokens = new List<RunToken>();
        foreach (var child in paragraph.ChildElements)
        {
            switch (child)
            {
                case ParagraphProperties:
                    break;
                case Run run when run.GetFirstChild<FieldChar>() is not null || run.GetFirstChild<FieldCode>() is not null:
                    // A field (a caption's SEQ, a cross-reference's REF) is compared and replaced whole, as links are.
                    return null;
                case Run run:
                    var properties = run.RunProperties;
                    string xml = properties?.OuterXml ?? string.Empty;
                    foreach (var content in run.ChildElements)
                    {
                        switch (content)
                        {
                            case RunProperties:
                                break;
                            case Text text:
                                tokens.AddRange(WordTokenizer.Split(text.Text).Select(t => new RunToken(t, null, properties, xml)));
                                break;
                            case TabChar:
                                tokens.Add(new RunToken("\t", content, properties, xml));
                                break;
                            case FootnoteReference note when noteText is not null:
                                tokens.Add(new RunToken("<footnoteReference " + noteText(note.Id?.Value ?? 0) + ">", content, properties, xml));
                                break;
                            default:
                                tokens.Add(new RunToken("<" + content.LocalName + ">", content, properties, xml));
                                break;
                        }
                    }

                    break;
                default:
                    return null;
            }
        }

        return tokens;
    }

    /// <summary>The text of a paragraph as its signature: formatting and text of every run, the elements by name.</summary>
    public static string Signature(IEnumerable<RunToken> tokens) =>
        string.Concat(tokens.Select(t => t.PropertiesXml + "\u0001" + t.Key + "\u0002"));

    /// <summary>Writes tokens back as runs, one run per stretch of equal formatting.</summary>
    public static List<Run> Runs(IReadOnlyList<RunToken> tokens, bool deleted)
    {
        var runs = new List<Run>();
        Run? current = null;
        string? currentXml = null;
        var text = new System.Text.StringBuilder();

        void FlushText()
        {
            if (text.Length > 0 && current is not null)
            {
                current.Append(deleted
                    ? new DeletedText(text.ToString()) { Space = SpaceProcessingModeValues.Preserve }
                    : new Text(text.ToString()) { Space = SpaceProcessingModeValues.Preserve });
                text.Clear();
            }
        }

        foreach (var token in tokens)
        {
            if (current is null || currentXml != token.PropertiesXml)
            {
                FlushText();
                current = new Run();
                if (token.Properties is not null)
                {
                    current.RunProperties = (RunProperties)token.Properties.CloneNode(true);
                }

                currentXml = token.PropertiesXml;
                runs.Add(current);
            }

            if (token.Element is null)
            {
                text.Append(token.Key);
            }
            else
            {
                FlushText();
                current.Append(token.Element.CloneNode(true));
            }
        }

        FlushText();
        return runs;
    }
}
