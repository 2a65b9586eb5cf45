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
    ];

    public static StyleRole? Find(string role) => All.FirstOrDefault(r => string.Equals(r.Role, role, StringComparison.Ordinal));
}
