using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Rgiem.Docx.Templates;

/// <summary>
/// Placeholders written as content controls (<c>w:sdt</c>) tagged with a placeholder name: found by their tag, filled
/// by replacing their content (block, run or cell controls) with the value, in the control's own formatting.
/// </summary>
internal static class ContentControlSyntax
{
    public const string Kind = "content control";

    /// <summary>The placeholder name of a content control: its tag, trimmed; null when it has none.</summary>
    public static string? Tag(SdtElement sdt) =>
        sdt.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value?.Trim() is { Length: > 0 } tag ? tag : null;

    /// <summary>The placeholder names of the content controls under <paramref name="root"/>, in document order.</summary>
    public static IEnumerable<string> Names(OpenXmlElement root) => root.Descendants<SdtElement>().Select(Tag).OfType<string>();

    public static IEnumerable<PlaceholderOccurrence> Scan(OpenXmlElement root, string part) =>
        Names(root).Select(tag => new PlaceholderOccurrence(tag, Kind, part));

    /// <summary>Fills every tagged control under <paramref name="root"/> with the values of contact <paramref name="contact"/>.</summary>
    public static void Fill(PlaceholderFiller filler, OpenXmlElement root, string part, int contact)
    {
        // Innermost first, so that a control inside another is filled before its parent is replaced.
        foreach (var sdt in root.Descendants<SdtElement>().Reverse().ToList())
        {
            if (sdt.Parent is null || Tag(sdt) is not { } tag)
            {
                continue;
            }

            if (!Placeholders.IsKnown(tag))
            {
                filler.Unknown.Add(new PlaceholderOccurrence(tag, Kind, part));
                continue;
            }

            filler.Saw(tag, contact, sdt);
            var properties = sdt.SdtProperties;
            bool showingPrompt = properties?.GetFirstChild<ShowingPlaceholder>() is not null;
            properties?.RemoveAllChildren<ShowingPlaceholder>();
            if (showingPrompt)
            {
                filler.Prompts.Add(sdt);
            }

            properties?.RemoveAllChildren<DataBinding>();
            switch (sdt)
            {
                case SdtBlock block when block.SdtContentBlock is { } blockContent:
                    FillBlock(filler, block, blockContent, tag, contact);
                    break;
                case SdtRun run when run.SdtContentRun is { } runContent:
                    // A prompt ("[Purpose of the document]" in grey) is not the value's formatting: the control's own is.
                    var format = (showingPrompt ? null : runContent.Descendants<RunProperties>().FirstOrDefault()?.CloneNode(true) as RunProperties)
                        ?? ControlFormat(properties);
                    runContent.RemoveAllChildren();
                    runContent.Append(filler.Inline(tag, format, contact));
                    break;
                case SdtCell cell when cell.SdtContentCell?.Descendants<Paragraph>().FirstOrDefault() is { } paragraph:
                    ReplaceParagraphText(filler, paragraph, tag, contact);
                    break;
            }
        }
    }

    private static void FillBlock(PlaceholderFiller filler, SdtBlock block, SdtContentBlock blockContent, string tag, int contact)
    {
        if (Placeholders.IsBlock(tag) || Placeholders.Is(tag, Placeholders.Action))
        {
            var blocks = Placeholders.Is(tag, Placeholders.Body) ? filler.Content.Body()
                : Placeholders.Is(tag, Placeholders.Toc) ? filler.Content.Toc()
                : filler.ActionBlocks();
            if (blocks.Count == 0)
            {
                block.Remove();
                return;
            }

            blockContent.RemoveAllChildren();
            blockContent.Append(blocks);
            return;
        }

        if (blockContent.Descendants<Paragraph>().FirstOrDefault() is { } first)
        {
            // A control that showed its prompt (in this pass or an earlier one) loses the prompt's formatting.
            if (block.SdtProperties?.GetFirstChild<ShowingPlaceholder>() is null && filler.Prompts.Contains(block))
            {
                foreach (var format in first.Descendants<RunProperties>().ToList())
                {
                    format.Remove();
                }
            }

            foreach (var other in blockContent.Elements().Where(e => e != first && !first.Ancestors().Contains(e)).ToList())
            {
                other.Remove();
            }

            ReplaceParagraphText(filler, first, tag, contact);
        }
    }

    private static void ReplaceParagraphText(PlaceholderFiller filler, Paragraph paragraph, string tag, int contact)
    {
        var format = paragraph.Descendants<RunProperties>().FirstOrDefault()?.CloneNode(true) as RunProperties;
        foreach (var child in paragraph.Elements().Where(e => e is not ParagraphProperties).ToList())
        {
            child.Remove();
        }

        paragraph.Append(filler.Inline(tag, format, contact));
    }

    private static RunProperties? ControlFormat(SdtProperties? properties) =>
        properties?.GetFirstChild<RunProperties>() is { } format ? new RunProperties(format.ChildElements.Select(c => c.CloneNode(true))) : null;
}
