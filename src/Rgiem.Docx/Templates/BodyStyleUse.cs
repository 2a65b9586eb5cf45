using Rgiem.Core.Model;

namespace Rgiem.Docx.Templates;

/// <summary>
/// The style roles a record's body needs beyond those every body needs (<see cref="TemplateRenderer.BodyRoles"/>):
/// a user template is asked for the footnote, figure, caption, note, Headingb, Call and enumlev styles only when the record uses them, so a
/// template without them reports nothing for records that do not need them.
/// </summary>
internal static class BodyStyleUse
{
    public static IEnumerable<string> Roles(MeetingRecord record)
    {
        var roles = new SortedSet<string>(StringComparer.Ordinal);
        var blocks = BlockWalker.Descendants(record.Body).Concat(BlockWalker.Footnotes(record.Body).SelectMany(n => BlockWalker.Descendants(n.Blocks)));
        foreach (var block in blocks)
        {
            if (block is FigureBlock)
            {
                roles.Add(StyleRoles.Figure);
                roles.Add(StyleRoles.FigureCaption);
            }

            if (block is TableBlock { Caption: not null })
            {
                roles.Add(StyleRoles.TableCaption);
            }

            switch (block)
            {
                case ParagraphBlock { Kind: ParagraphKind.Note }:
                    roles.Add(StyleRoles.Note);
                    break;
                case ParagraphBlock { Kind: ParagraphKind.Headingb }:
                    roles.Add(StyleRoles.Headingb);
                    break;
                case ParagraphBlock { Kind: ParagraphKind.Call }:
                    roles.Add(StyleRoles.Call);
                    break;
                case ListBlock { Style: not ListStyle.Default }:
                    roles.Add(StyleRoles.Enumlev1);
                    if (BlockWalker.Descendants([block]).Skip(1).OfType<ListBlock>().Any(l => l.Style != ListStyle.Default))
                    {
                        roles.Add(StyleRoles.Enumlev2);
                    }

                    break;
            }

            foreach (var group in BlockWalker.InlineGroups(block))
            {
                if (BlockWalker.Leaves(group).Any(l => l is FootnoteRun))
                {
                    roles.Add(StyleRoles.FootnoteText);
                    roles.Add(StyleRoles.FootnoteReference);
                }
            }
        }

        // In StyleRoles.All order, as the diagnostics of the other roles.
        return StyleRoles.All.Select(r => r.Role).Where(roles.Contains);
    }
}
