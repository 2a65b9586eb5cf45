using Rgiem.Core.Model;
using Rgiem.Docx.HouseStyle;

namespace Rgiem.Docx.Writers;

/// <summary>
/// How a heading is laid out, for both body writers (<see cref="BodyWriter"/> builds elements, <see cref="DirectBodyWriter"/>
/// writes XML): its style, whether it drops the hanging indent, and its label. A numbered clause is "number&lt;TAB&gt;title",
/// an annex "Annex A: title" (or "Annex A" alone), both with the label inside the cross-reference bookmark when the
/// heading has an id; an unnumbered heading has no label and its whole title is the bookmark's.
/// </summary>
/// <param name="Style">The paragraph style.</param>
/// <param name="NoIndent">An unnumbered heading: no hanging indent either.</param>
/// <param name="Label">"2.1", "Annex A"; null when the title is the bookmark's text.</param>
/// <param name="Separator">What follows the label, in a run of its own after the bookmark: a tab, ": ", or nothing.</param>
/// <param name="TargetText">The text a cross-reference to the heading shows.</param>
internal sealed record HeadingLayout(string Style, bool NoIndent, string? Label, string Separator, string TargetText)
{
    /// <summary>The layout of <paramref name="heading"/>, whose title wrote something or not.</summary>
    public static HeadingLayout Of(HeadingBlock heading, bool hasTitle)
    {
        switch (heading.Kind)
        {
            case HeadingKind.Annex:
                string label = "Annex " + heading.Number;
                return new HeadingLayout(StyleIds.AnnexTitle, false, label, hasTitle ? ": " : string.Empty, label);
            case HeadingKind.Clause when heading.Number is not null:
                return new HeadingLayout(StyleIds.Heading(heading.Level), false, heading.Number, "\t", heading.Number);
            default:
                return new HeadingLayout(StyleIds.Heading(heading.Level), true, null, string.Empty, BlockWalker.PlainText(heading.Title).Trim());
        }
    }
}
