using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Rgiem.Docx.HouseStyle;

/// <summary>
/// Builds <c>styles.xml</c> of the built-in ITU-T house style: Times New Roman 12 pt, headings bold with a
/// 1.4 cm hanging indent so that "2.1&lt;TAB&gt;Title" lines up, centred annex titles on a new page,
/// 10 pt table text and a bordered table style whose header row repeats.
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

        styles.Append(Paragraph(StyleIds.Normal, "Normal", basedOn: null, isDefault: true, p =>
        {
            p.Tabs = new Tabs(Twips.TabStops.Select(t => new TabStop { Val = TabStopValues.Left, Position = t }));
            p.SpacingBetweenLines = Spacing(before: 120);
        }));

        int[] before = [360, 240, 160, 160];
        for (int level = 1; level <= 4; level++)
        {
            int outline = level - 1;
            int spaceBefore = before[level - 1];
            styles.Append(Paragraph(StyleIds.Heading(level), "heading " + level.ToString(CultureInfo.InvariantCulture), StyleIds.Normal, false, p =>
            {
                p.KeepNext = new KeepNext();
                p.KeepLines = new KeepLines();
                p.SpacingBetweenLines = Spacing(before: spaceBefore);
                p.Indentation = new Indentation { Left = Twips.ClauseIndent.ToString(CultureInfo.InvariantCulture), Hanging = Twips.ClauseIndent.ToString(CultureInfo.InvariantCulture) };
                p.OutlineLevel = new OutlineLevel { Val = outline };
            }, r => r.Bold = new Bold(), next: StyleIds.Normal, uiPriority: 9));
        }

        styles.Append(Paragraph(StyleIds.AnnexTitle, "Annex_NoTitle", StyleIds.Normal, false, p =>
        {
            p.PageBreakBefore = new PageBreakBefore();
            p.KeepNext = new KeepNext();
            p.KeepLines = new KeepLines();
            p.SpacingBetweenLines = Spacing(before: 0, after: 280);
            p.Justification = new Justification { Val = JustificationValues.Center };
            p.OutlineLevel = new OutlineLevel { Val = 0 };
        }, r =>
        {
            r.Bold = new Bold();
            r.FontSize = new FontSize { Val = "28" };
            r.FontSizeComplexScript = new FontSizeComplexScript { Val = "28" };
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
            r.FontSize = new FontSize { Val = "20" };
            r.FontSizeComplexScript = new FontSizeComplexScript { Val = "20" };
        }));
        styles.Append(Paragraph(StyleIds.TableText, "Table_text", StyleIds.Normal, false, p =>
            p.SpacingBetweenLines = Spacing(before: 40, after: 40), r =>
        {
            r.FontSize = new FontSize { Val = "20" };
            r.FontSizeComplexScript = new FontSizeComplexScript { Val = "20" };
        }));
        styles.Append(Paragraph(StyleIds.TableHead, "Table_head", StyleIds.TableText, false, p =>
        {
            p.KeepNext = new KeepNext();
            p.Justification = new Justification { Val = JustificationValues.Center };
        }, r => r.Bold = new Bold()));
        styles.Append(Paragraph(StyleIds.ActionNumbered, "Action_numbered", StyleIds.Normal, false, p =>
            p.Indentation = new Indentation { Left = "1191", Hanging = "1191" }));
        styles.Append(Paragraph(StyleIds.ActionPrefixed, "Action_prefixed", StyleIds.Normal, false, _ => { }));
        styles.Append(Paragraph(StyleIds.CoverAction, "Cover_action", StyleIds.Normal, false, p =>
        {
            // "Action:<TAB>text": the Normal tab stops before the value column are cleared, or the tab would
            // stop at 1.4 cm right after the label; the text and its wrapped lines line up with the cover values.
            p.SpacingBetweenLines = Spacing(before: 240);
            p.Tabs = new Tabs(Twips.TabStops
                .Where(t => t < Twips.CoverLabelWidth)
                .Select(t => new TabStop { Val = TabStopValues.Clear, Position = t })
                .Append(new TabStop { Val = TabStopValues.Left, Position = Twips.CoverLabelWidth }));
            p.Indentation = new Indentation { Left = Twips.CoverLabelWidth.ToString(CultureInfo.InvariantCulture), Hanging = Twips.CoverLabelWidth.ToString(CultureInfo.InvariantCulture) };
        }));
        styles.Append(Paragraph(StyleIds.CoverText, "Cover_text", StyleIds.Normal, false, p =>
            p.SpacingBetweenLines = Spacing(before: 40, after: 40)));
        styles.Append(Paragraph(StyleIds.EndOfDocument, "End_of_document", StyleIds.Normal, false, p =>
        {
            p.SpacingBetweenLines = Spacing(before: 480);
            p.Justification = new Justification { Val = JustificationValues.Center };
        }));
        styles.Append(Paragraph(StyleIds.Header, "header", StyleIds.Normal, false, p =>
        {
            p.SpacingBetweenLines = Spacing(before: 0);
            p.Justification = new Justification { Val = JustificationValues.Center };
        }, r =>
        {
            r.FontSize = new FontSize { Val = "18" };
            r.FontSizeComplexScript = new FontSizeComplexScript { Val = "18" };
        }));
        styles.Append(Paragraph(StyleIds.Footer, "footer", StyleIds.Normal, false, p =>
            p.SpacingBetweenLines = Spacing(before: 0), r =>
        {
            r.FontSize = new FontSize { Val = "16" };
            r.FontSizeComplexScript = new FontSizeComplexScript { Val = "16" };
        }));

        if (tableOfContents)
        {
            AppendTocStyles(styles);
        }

        TsbStyles.Append(styles);

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
    /// "TOC Heading" (bold 14 pt, centred, as the annex titles) and "toc 1"–"toc 3": entries indented by level,
    /// the number on a 1.4 cm hanging indent like the headings, the page number right-aligned after dots.
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
            r.FontSize = new FontSize { Val = "28" };
            r.FontSizeComplexScript = new FontSizeComplexScript { Val = "28" };
        }, next: StyleIds.Normal, uiPriority: 39));
        for (int level = 1; level <= 3; level++)
        {
            int indent = (level - 1) * Twips.ClauseIndent;
            styles.Append(Paragraph(StyleIds.Toc(level), "toc " + level.ToString(CultureInfo.InvariantCulture), StyleIds.Normal, false, p =>
            {
                p.Tabs = new Tabs(
                    new TabStop { Val = TabStopValues.Left, Position = indent + Twips.ClauseIndent },
                    new TabStop { Val = TabStopValues.Right, Leader = TabStopLeaderCharValues.Dot, Position = Twips.TextWidth });
                p.SpacingBetweenLines = Spacing(before: level == 1 ? 120 : 40);
                p.Indentation = new Indentation
                {
                    Left = (indent + Twips.ClauseIndent).ToString(CultureInfo.InvariantCulture),
                    Hanging = Twips.ClauseIndent.ToString(CultureInfo.InvariantCulture),
                };
            }, next: StyleIds.Normal, uiPriority: 39));
        }
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
