using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Rgiem.Docx.HouseStyle;

/// <summary>
/// Builds <c>styles.xml</c> of the built-in ITU-T house style: TSB's style set with TSB's names and definitions
/// (Times New Roman 12 pt, headings with a 1.4 cm hanging indent so that "2.1&lt;TAB&gt;Title" lines up,
/// Heading_b, Note, Call, enumlev1–3, Table_No &amp; title, Table_head, Table_text, Figure_No &amp; title,
/// Annex_No &amp; title, the cover styles Docnumber, TSBHeader*, VenueDate and the LS styles), plus rgiem's
/// own styles for what TSB's set has no style for (actions, code, the cover's "Action:" line).
/// Tests compare it with TSB's Recommendation skeleton (docs/house-style.md).
/// </summary>
internal static class StylesBuilder
{
    public const string BodyFont = "Times New Roman";
    public const string CodeFont = "Courier New";

    /// <param name="language">The record's language tag.</param>
    /// <param name="tableOfContents">Add the styles of a table of contents (TOC Heading, toc 1–3).</param>
    public static Styles Build(string language, bool tableOfContents = false)
    {
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle
                {
                    RunFonts = Fonts(BodyFont),
                    FontSize = new FontSize { Val = "24" },
                    FontSizeComplexScript = new FontSizeComplexScript { Val = "24" },
                    Languages = new Languages { Val = language, EastAsia = "zh-CN", Bidi = "ar-SA" },
                }),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle
                {
                    SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                })));

        // Normal as TSB's: 12 pt, 6 pt before, no tab stops of its own (the default tab stop is 1.4 cm).
        styles.Append(Paragraph(StyleIds.Normal, "Normal", basedOn: null, isDefault: true, p => p.SpacingBetweenLines = Spacing(before: 120)));

        // Headings as TSB's Recommendation style set: heading 1 at 18 pt before, 2 and 3 based on it, 4 on 3
        // with a wider hanging indent; "2.1<TAB>Title" lines up on the 1.4 cm hanging indent.
        styles.Append(Paragraph(StyleIds.Heading1, "heading 1", StyleIds.Normal, false, p =>
        {
            p.KeepNext = new KeepNext();
            p.KeepLines = new KeepLines();
            p.SpacingBetweenLines = Spacing(before: 360);
            p.Indentation = Hanging(Twips.ClauseIndent, Twips.ClauseIndent);
            p.OutlineLevel = new OutlineLevel { Val = 0 };
        }, r => r.Bold = new Bold(), next: StyleIds.Normal, uiPriority: 9));
        styles.Append(Paragraph(StyleIds.Heading2, "heading 2", StyleIds.Heading1, false, p =>
        {
            p.SpacingBetweenLines = Spacing(before: 240);
            p.OutlineLevel = new OutlineLevel { Val = 1 };
        }, next: StyleIds.Normal, uiPriority: 9));
        styles.Append(Paragraph(StyleIds.Heading3, "heading 3", StyleIds.Heading1, false, p =>
        {
            p.SpacingBetweenLines = Spacing(before: 160);
            p.OutlineLevel = new OutlineLevel { Val = 2 };
        }, next: StyleIds.Normal, uiPriority: 9));
        styles.Append(Paragraph(StyleIds.Heading4, "heading 4", StyleIds.Heading3, false, p =>
        {
            p.Tabs = new Tabs(new TabStop { Val = TabStopValues.Left, Position = 1021 });
            p.Indentation = Hanging(1021, 1021);
            p.OutlineLevel = new OutlineLevel { Val = 3 };
        }, next: StyleIds.Normal, uiPriority: 9));

        // Annex_No & title as TSB's, on a new page of its own (rgiem's annexes start a page) and at outline
        // level 1 (the table of contents lists annexes). Based on heading 1 (TSB's is based on Normal), so that annex
        // titles are headings to every reader: Word's navigation pane, pandoc and mammoth find a heading through the
        // style's heading ancestor, not through the outline level alone; the indent heading 1 would give is reset.
        styles.Append(Paragraph(StyleIds.AnnexTitle, "Annex_No & title", StyleIds.Heading1, false, p =>
        {
            p.KeepNext = new KeepNext();
            p.KeepLines = new KeepLines();
            p.PageBreakBefore = new PageBreakBefore();
            p.Tabs = ItuTabs();
            p.SpacingBetweenLines = Spacing(before: 480);
            p.Indentation = new Indentation { Left = "0", Hanging = "0" };
            p.Justification = new Justification { Val = JustificationValues.Center };
            p.OutlineLevel = new OutlineLevel { Val = 0 };
        }, r =>
        {
            r.Bold = new Bold();
            r.FontSize = new FontSize { Val = "28" };
            r.FontSizeComplexScript = new FontSizeComplexScript { Val = "28" };
        }, next: StyleIds.Normal));

        // The body styles of TSB's style set, with TSB's names and definitions.
        styles.Append(Paragraph(StyleIds.HeadingB, "Heading_b", StyleIds.Normal, false, p =>
        {
            p.KeepNext = new KeepNext();
            p.Tabs = ItuTabs();
            p.SpacingBetweenLines = Spacing(before: 160);
        }, r => r.Bold = new Bold(), next: StyleIds.Normal));
        styles.Append(Paragraph(StyleIds.Note, "Note", StyleIds.Normal, false, p =>
        {
            p.Tabs = ItuTabs();
            p.SpacingBetweenLines = Spacing(before: 80);
        }));
        styles.Append(Paragraph(StyleIds.Call, "Call", StyleIds.Normal, false, p =>
        {
            p.KeepNext = new KeepNext();
            p.KeepLines = new KeepLines();
            p.SpacingBetweenLines = Spacing(before: 160);
            p.Indentation = new Indentation { Left = Twips.ClauseIndent.ToString(CultureInfo.InvariantCulture) };
        }, r => r.Italic = new Italic(), next: StyleIds.Normal));
        styles.Append(Paragraph(StyleIds.Enumlev1, "enumlev1", StyleIds.Normal, false, p =>
        {
            p.SpacingBetweenLines = Spacing(before: 80);
            p.Indentation = Hanging(794, 794);
        }));
        styles.Append(Paragraph(StyleIds.Enumlev2, "enumlev2", StyleIds.Enumlev1, false, p => p.Indentation = Hanging(1191, 397)));
        styles.Append(Paragraph(StyleIds.Enumlev3, "enumlev3", StyleIds.Enumlev2, false, p => p.Indentation = new Indentation { Left = "1588" }));
        styles.Append(Paragraph(StyleIds.TableTitle, "Table_No & title", StyleIds.Normal, false, p =>
        {
            p.KeepNext = new KeepNext();
            p.KeepLines = new KeepLines();
            p.Tabs = ItuTabs();
            p.SpacingBetweenLines = Spacing(before: 360, after: 120);
            p.Justification = new Justification { Val = JustificationValues.Center };
        }, r => r.Bold = new Bold(), next: StyleIds.Normal));
        styles.Append(Paragraph(StyleIds.FigureTitle, "Figure_No & title", StyleIds.Normal, false, p =>
        {
            p.KeepLines = new KeepLines();
            p.Tabs = ItuTabs();
            p.SpacingBetweenLines = Spacing(before: 240, after: 120);
            p.Justification = new Justification { Val = JustificationValues.Center };
        }, r => r.Bold = new Bold(), next: StyleIds.Normal));
        styles.Append(Paragraph(StyleIds.Figure, "Figure", StyleIds.Normal, false, p =>
        {
            p.KeepNext = new KeepNext();
            p.KeepLines = new KeepLines();
            p.Tabs = ItuTabs();
            p.SpacingBetweenLines = Spacing(before: 240, after: 120);
            p.Justification = new Justification { Val = JustificationValues.Center };
        }, next: StyleIds.Normal));

        styles.Append(Paragraph(StyleIds.ListParagraph, "List Paragraph", StyleIds.Normal, false, p => p.SpacingBetweenLines = Spacing(before: 80)));
        styles.Append(Paragraph(StyleIds.Quote, "Quote", StyleIds.Normal, false, p =>
            p.Indentation = new Indentation { Left = "794", Right = "794" }));
        styles.Append(Paragraph(StyleIds.Code, "Code", StyleIds.Normal, false, p =>
        {
            p.SpacingBetweenLines = Spacing(before: 120, after: 120);
            p.Indentation = new Indentation { Left = "397" };
        }, r =>
        {
            r.RunFonts = Fonts(CodeFont);
            Size(r, 20);
        }));

        // Table_text and Table_head as TSB's: 11 pt, 2 pt (head 4 pt) before and after, tab stops every 0.5 cm.
        styles.Append(Paragraph(StyleIds.TableText, "Table_text", StyleIds.Normal, false, p =>
        {
            p.Tabs = TableTabs();
            p.SpacingBetweenLines = Spacing(before: 40, after: 40);
        }, r => Size(r, 22)));
        styles.Append(Paragraph(StyleIds.TableHead, "Table_head", StyleIds.Normal, false, p =>
        {
            p.KeepNext = new KeepNext();
            p.Tabs = TableTabs();
            p.SpacingBetweenLines = Spacing(before: 80, after: 80);
            p.Justification = new Justification { Val = JustificationValues.Center };
        }, r =>
        {
            r.Bold = new Bold();
            Size(r, 22);
        }, next: StyleIds.Normal));
        styles.Append(Paragraph(StyleIds.ActionNumbered, "Action_numbered", StyleIds.Normal, false, p =>
            p.Indentation = Hanging(1191, 1191)));
        styles.Append(Paragraph(StyleIds.ActionPrefixed, "Action_prefixed", StyleIds.Normal, false, _ => { }));
        styles.Append(Paragraph(StyleIds.CoverAction, "Cover_action", StyleIds.Normal, false, p =>
        {
            // "Action:<TAB>text": the text and its wrapped lines line up with the cover values (2.5 cm).
            p.SpacingBetweenLines = Spacing(before: 240);
            p.Tabs = new Tabs(new TabStop { Val = TabStopValues.Left, Position = Twips.CoverLabelWidth });
            p.Indentation = Hanging(Twips.CoverLabelWidth, Twips.CoverLabelWidth);
        }));

        // The cover styles of TSB's forms: the number (16 pt bold, right), the body and Original (14 pt bold,
        // right), the place and dates (right), and the values (Normal), which TSB's tools find by name.
        styles.Append(Paragraph(StyleIds.DocNumber, "Docnumber", StyleIds.Normal, false, p =>
        {
            p.Tabs = ItuTabs();
            p.Justification = new Justification { Val = JustificationValues.Right };
        }, r =>
        {
            r.Bold = new Bold();
            Size(r, 32);
        }));
        styles.Append(Paragraph(StyleIds.CoverRight, "TSBHeaderRight14", StyleIds.Normal, false, p =>
            p.Justification = new Justification { Val = JustificationValues.Right }, r =>
        {
            r.Bold = new Bold();
            Size(r, 28);
        }));
        styles.Append(Paragraph(StyleIds.CoverQuestion, "TSBHeaderQuestion", StyleIds.Normal, false, _ => { }));
        styles.Append(Paragraph(StyleIds.VenueDate, "VenueDate", StyleIds.Normal, false, p =>
            p.Justification = new Justification { Val = JustificationValues.Right }));
        styles.Append(Paragraph(StyleIds.CoverSource, "TSBHeaderSource", StyleIds.Normal, false, _ => { }));
        styles.Append(Paragraph(StyleIds.CoverTitle, "TSBHeaderTitle", StyleIds.Normal, false, _ => { }));
        styles.Append(Paragraph(StyleIds.CoverSummary, "TSBHeaderSummary", StyleIds.Normal, false, _ => { }));
        styles.Append(Paragraph(StyleIds.LiaisonForAction, "LSForAction", StyleIds.Normal, false, _ => { }, next: StyleIds.Normal));
        styles.Append(Paragraph(StyleIds.LiaisonForInformation, "LSForInfo", StyleIds.Normal, false, _ => { }, next: StyleIds.Normal));
        styles.Append(Paragraph(StyleIds.LiaisonApproval, "LSApproval", StyleIds.Normal, false, _ => { }, next: StyleIds.Normal));
        styles.Append(Paragraph(StyleIds.LiaisonDeadline, "LSDeadline", StyleIds.Normal, false, _ => { }, next: StyleIds.Normal));

        // The end of the document as TSB writes it: a centred line of underscores after an empty paragraph.
        styles.Append(Paragraph(StyleIds.EndOfDocument, "End_of_document", StyleIds.Normal, false, p =>
        {
            p.SpacingBetweenLines = Spacing(before: 360);
            p.Justification = new Justification { Val = JustificationValues.Center };
        }));
        styles.Append(Paragraph(StyleIds.Header, "header", StyleIds.Normal, false, p =>
        {
            p.SpacingBetweenLines = Spacing(before: 0);
            p.Justification = new Justification { Val = JustificationValues.Center };
        }, r => Size(r, 18)));
        styles.Append(Paragraph(StyleIds.Footer, "footer", StyleIds.Normal, false, p =>
        {
            p.Tabs = new Tabs(new TabStop { Val = TabStopValues.Left, Position = 5954 }, new TabStop { Val = TabStopValues.Right, Position = 9639 });
            p.SpacingBetweenLines = Spacing(before: 0);
        }, r =>
        {
            r.Caps = new Caps();
            Size(r, 16);
        }));

        if (tableOfContents)
        {
            AppendTocStyles(styles);
        }

        // TSB's footnote styles (the skeleton's): the note text based on Note, the mark raised 3 pt in 9 pt.
        styles.Append(Paragraph(StyleIds.FootnoteText, "footnote text", StyleIds.Note, false, p =>
        {
            p.KeepLines = new KeepLines();
            p.Tabs = new Tabs(new TabStop { Val = TabStopValues.Left, Position = 255 });
            p.Indentation = Hanging(255, 255);
        }));
        var footnoteReference = new Style { Type = StyleValues.Character, StyleId = StyleIds.FootnoteReference };
        footnoteReference.Append(new StyleName { Val = "footnote reference" });
        footnoteReference.Append(new SemiHidden());
        var mark = new StyleRunProperties { Position = new Position { Val = "6" } };
        mark.FontSize = new FontSize { Val = "18" };
        footnoteReference.Append(mark);
        styles.Append(footnoteReference);

        var hyperlink = new Style { Type = StyleValues.Character, StyleId = StyleIds.Hyperlink };
        hyperlink.Append(new StyleName { Val = "Hyperlink" });
        hyperlink.Append(new UIPriority { Val = 99 });
        hyperlink.Append(new StyleRunProperties
        {
            Color = new Color { Val = "0000FF" },
            Underline = new Underline { Val = UnderlineValues.Single },
        });
        styles.Append(hyperlink);

        styles.Append(TableStyle(StyleIds.TableGrid, "Table Grid", bordered: true));
        styles.Append(TableStyle(StyleIds.CoverTable, "Cover_table", bordered: false));
        return styles;
    }

    /// <summary>
    /// "TOC Heading" (bold 14 pt, centred, as the annex titles) and "toc 1"–"toc 3" as TSB's: toc 1 with its own
    /// tab stops (1.7 cm for the number, the page number right-aligned after dots at the right margin), a
    /// 1.2 cm hanging indent and 1.5 cm kept free on the right; toc 2 and 3 based on it, indented further.
    /// </summary>
    private static void AppendTocStyles(Styles styles)
    {
        styles.Append(Paragraph(StyleIds.TocHeading, "TOC Heading", StyleIds.Normal, false, p =>
        {
            p.KeepNext = new KeepNext();
            p.SpacingBetweenLines = Spacing(before: 240, after: 240);
            p.Justification = new Justification { Val = JustificationValues.Center };
        }, r =>
        {
            r.Bold = new Bold();
            Size(r, 28);
        }, next: StyleIds.Normal, uiPriority: 39));
        styles.Append(Paragraph(StyleIds.Toc1, "toc 1", StyleIds.Normal, false, p =>
        {
            p.KeepLines = new KeepLines();
            p.Tabs = new Tabs(
                new TabStop { Val = TabStopValues.Left, Position = 964 },
                new TabStop { Val = TabStopValues.Right, Leader = TabStopLeaderCharValues.Dot, Position = Twips.TextWidth });
            p.SpacingBetweenLines = Spacing(before: 240);
            p.Indentation = new Indentation { Left = "680", Right = "851", Hanging = "680" };
        }, r => r.NoProof = new NoProof(), next: StyleIds.Normal, uiPriority: 39));
        styles.Append(Paragraph(StyleIds.Toc2, "toc 2", StyleIds.Toc1, false, p =>
        {
            p.Tabs = new Tabs(new TabStop { Val = TabStopValues.Clear, Position = 964 });
            p.SpacingBetweenLines = Spacing(before: 80);
            p.Indentation = new Indentation { Left = "1531", Hanging = "851" };
        }, next: StyleIds.Normal, uiPriority: 39));
        styles.Append(Paragraph(StyleIds.Toc3, "toc 3", StyleIds.Toc2, false, p =>
            p.Indentation = new Indentation { Left = "2269" }, next: StyleIds.Normal, uiPriority: 39));
    }

    /// <summary>TSB's tab stops of its text styles: 1.4, 2.1, 2.8 and 3.5 cm.</summary>
    private static Tabs ItuTabs() => new(Twips.TabStops.Select(t => new TabStop { Val = TabStopValues.Left, Position = t }));

    /// <summary>TSB's tab stops of its table styles: every 0.5 cm up to 7 cm.</summary>
    private static Tabs TableTabs() => new(TableTabStops.Select(t => new TabStop { Val = TabStopValues.Left, Position = t }));

    private static readonly int[] TableTabStops = [284, 567, 851, 1134, 1418, 1701, 1985, 2268, 2552, 2835, 3119, 3402, 3686, 3969];

    private static Indentation Hanging(int left, int hanging) => new()
    {
        Left = left.ToString(CultureInfo.InvariantCulture),
        Hanging = hanging.ToString(CultureInfo.InvariantCulture),
    };

    private static void Size(StyleRunProperties run, int halfPoints)
    {
        run.FontSize = new FontSize { Val = halfPoints.ToString(CultureInfo.InvariantCulture) };
        run.FontSizeComplexScript = new FontSizeComplexScript { Val = halfPoints.ToString(CultureInfo.InvariantCulture) };
    }

    private static Style Paragraph(
        string id,
        string name,
        string? basedOn,
        bool isDefault,
        Action<StyleParagraphProperties> paragraph,
        Action<StyleRunProperties>? run = null,
        string? next = null,
        int? uiPriority = null)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = OnOffValue.FromBoolean(true);
        }

        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        if (next is not null)
        {
            style.Append(new NextParagraphStyle { Val = next });
        }

        if (uiPriority is { } priority)
        {
            style.Append(new UIPriority { Val = priority });
        }

        style.Append(new PrimaryStyle());
        var pPr = new StyleParagraphProperties();
        paragraph(pPr);
        style.Append(pPr);
        if (run is not null)
        {
            var rPr = new StyleRunProperties();
            run(rPr);
            style.Append(rPr);
        }

        return style;
    }

    private static Style TableStyle(string id, string name, bool bordered)
    {
        var style = new Style { Type = StyleValues.Table, StyleId = id };
        style.Append(new StyleName { Val = name });
        style.Append(new UIPriority { Val = 59 });
        var tblPr = new StyleTableProperties
        {
            TableIndentation = new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
            TableCellMarginDefault = new TableCellMarginDefault(
                new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = Twips.CellMargin, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = Twips.CellMargin, Type = TableWidthValues.Dxa }),
        };
        if (bordered)
        {
            tblPr.TableBorders = new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" },
                new LeftBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" },
                new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" },
                new RightBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" });
        }

        style.Append(tblPr);
        return style;
    }

    private static RunFonts Fonts(string font) => new()
    {
        Ascii = font,
        HighAnsi = font,
        ComplexScript = font,
        EastAsia = font,
    };

    private static SpacingBetweenLines Spacing(int before, int after = 0) => new()
    {
        Before = before.ToString(CultureInfo.InvariantCulture),
        After = after.ToString(CultureInfo.InvariantCulture),
    };
}
