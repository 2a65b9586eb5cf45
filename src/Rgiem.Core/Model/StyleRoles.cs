namespace Rgiem.Core.Model;

/// <summary>
/// The style map: each Markdown construct (a role) and the name of the Word style it is rendered with. The
/// defaults are the style names of the built-in ITU-T template; rgiem.yaml overrides them under
/// <c>styles:</c> (docs/templates.md) so that a group's template can keep its own names.
/// </summary>
public static class StyleRoles
{
    public const string Paragraph = "paragraph";
    public const string Heading1 = "heading-1";
    public const string Heading2 = "heading-2";
    public const string Heading3 = "heading-3";
    public const string Heading4 = "heading-4";
    public const string Annex = "annex";
    public const string ListParagraph = "list-paragraph";
    public const string Quote = "quote";
    public const string Code = "code";
    public const string Table = "table";
    public const string TableText = "table-text";
    public const string TableHead = "table-head";
    public const string ActionNumbered = "action-numbered";
    public const string ActionPrefixed = "action-prefixed";
    public const string CoverTable = "cover-table";
    public const string CoverText = "cover-text";
    public const string CoverAction = "cover-action";
    public const string EndOfDocument = "end-of-document";
    public const string Header = "header";
    public const string Hyperlink = "hyperlink";
    public const string TocHeading = "toc-heading";
    public const string Toc1 = "toc-1";
    public const string Toc2 = "toc-2";
    public const string Toc3 = "toc-3";
    public const string Note = "note";
    public const string FootnoteText = "footnote-text";
    public const string FootnoteReference = "footnote-reference";
    public const string Figure = "figure";
    public const string FigureCaption = "figure-caption";
    public const string TableCaption = "table-caption";
    public const string Enumlev1 = "enumlev1";
    public const string Enumlev2 = "enumlev2";
    public const string Headingb = "headingb";
    public const string Call = "call";

    /// <summary>Every role with its default style name and what it is used for, in documentation order.</summary>
    public static IReadOnlyList<StyleRole> All { get; } =
    [
        new(Paragraph, "Normal", StyleKind.Paragraph, "Body paragraphs"),
        new(Heading1, "heading 1", StyleKind.Paragraph, "'#' clause headings"),
        new(Heading2, "heading 2", StyleKind.Paragraph, "'##' sub-clause headings"),
        new(Heading3, "heading 3", StyleKind.Paragraph, "'###' headings"),
        new(Heading4, "heading 4", StyleKind.Paragraph, "'####' headings and deeper"),
        new(Annex, "Annex_No & title", StyleKind.Paragraph, "'# Annex A: …' titles"),
        new(ListParagraph, "List Paragraph", StyleKind.Paragraph, "List items (numbers and bullets come from rgiem's numbering)"),
        new(Quote, "Quote", StyleKind.Paragraph, "Block quotes"),
        new(Code, "Code", StyleKind.Paragraph, "Code blocks"),
        new(Table, "Table Grid", StyleKind.Table, "Pipe tables"),
        new(TableText, "Table_text", StyleKind.Paragraph, "Table body cells"),
        new(TableHead, "Table_head", StyleKind.Paragraph, "Table header cells"),
        new(ActionNumbered, "Action_numbered", StyleKind.Paragraph, "'Action n:' items"),
        new(ActionPrefixed, "Action_prefixed", StyleKind.Paragraph, "'RG-IEM-n:' items"),
        new(CoverTable, "Cover_table", StyleKind.Table, "The built-in cover table"),
        new(CoverText, "Normal", StyleKind.Paragraph, "Text in the built-in cover table (TSB's forms use Normal, and TSBHeader* styles for the values)"),
        new(CoverAction, "Cover_action", StyleKind.Paragraph, "The 'Action:' paragraph after the cover"),
        new(EndOfDocument, "End_of_document", StyleKind.Paragraph, "The closing line of underscores"),
        new(Header, "header", StyleKind.Paragraph, "The built-in page header"),
        new(Hyperlink, "Hyperlink", StyleKind.Character, "Links"),
        new(TocHeading, "TOC Heading", StyleKind.Paragraph, "The 'Contents' title of the table of contents ('toc: true')"),
        new(Toc1, "toc 1", StyleKind.Paragraph, "Table of contents, level 1"),
        new(Toc2, "toc 2", StyleKind.Paragraph, "Table of contents, level 2"),
        new(Toc3, "toc 3", StyleKind.Paragraph, "Table of contents, level 3"),
        new(Note, "Note", StyleKind.Paragraph, "'NOTE –' paragraphs"),
        new(FootnoteText, "footnote text", StyleKind.Paragraph, "The text of footnotes"),
        new(FootnoteReference, "footnote reference", StyleKind.Character, "Footnote numbers, in the text and in the note"),
        new(Figure, "Figure", StyleKind.Paragraph, "The paragraph that holds a figure's picture"),
        new(FigureCaption, "Figure_No & title", StyleKind.Paragraph, "'Figure n – title' captions, below the figure"),
        new(TableCaption, "Table_No & title", StyleKind.Paragraph, "'Table n – title' captions, above the table"),
        new(Enumlev1, "enumlev1", StyleKind.Paragraph, "Dash lists and '1)' lists, first level"),
        new(Enumlev2, "enumlev2", StyleKind.Paragraph, "Dash lists and 'a)' lists, second level and deeper"),
        new(Headingb, "Headingb", StyleKind.Paragraph, "Run-in bold headings without a number ('{.headingb}')"),
        new(Call, "Call", StyleKind.Paragraph, "'```{call}' paragraphs"),
    ];

    public static StyleRole? Find(string role) => All.FirstOrDefault(r => string.Equals(r.Role, role, StringComparison.Ordinal));
}
