using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Rgiem.Samples;

/// <summary>
/// Generates samples/group/rg-group.dotx: a group template that looks nothing like the built-in one —
/// Liberation Sans, blue headings, a blue header band, a footer with a DOCPROPERTY field and page numbers,
/// and a cover page of placeholders: <c>{{field}}</c> markers (the title's split over three runs, as Word
/// splits text it spell-checks) and content controls tagged with field names. Some styles have the
/// group's own names (Source Code, Block Text, Group Table), mapped in samples/group/rgiem.yaml.
/// Compiled into Rgiem.Docx.Tests, whose SampleTemplateTests keep the committed file equal to its output.
/// </summary>
public static class SampleTemplateGenerator
{
    private const string Font = "Liberation Sans";
    private const string Blue = "1F4E79";
    private const string TemplateMainType = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";

    public static byte[] Create()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Template, autoSave: true))
        {
            var main = document.AddNewPart<MainDocumentPart>(TemplateMainType, "rId1");
            main.AddNewPart<StyleDefinitionsPart>("rId1").Styles = Styles();
            main.AddNewPart<DocumentSettingsPart>("rId2").Settings = new Settings(new DefaultTabStop { Val = 709 });
            main.AddNewPart<HeaderPart>("rId3").Header = Header();
            main.AddNewPart<FooterPart>("rId4").Footer = Footer();
            main.Document = new Document(Body());
        }

        return stream.ToArray();
    }

    private static Body Body()
    {
        var body = new Body();
        body.Append(Para("GroupLabel", Run("ITU-T · "), Run("{{PARENT}}"), Run(" · "), Run("{{group}}")));

        // The title marker is split over three runs, one of them bold, with a spelling mark between: rgiem
        // must still find it.
        var title = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Title" }));
        title.Append(Run("{{"), new ProofError { Type = ProofingErrorValues.SpellStart }, Run("ti", bold: true), new ProofError { Type = ProofingErrorValues.SpellEnd }, Run("tle}}"));
        body.Append(title);
        body.Append(Para("Subtitle", Run("{{type}} {{number}} — {{meeting}}")));

        var table = new Table(
            new TableProperties(
                new TableStyle { Val = "GroupTable" },
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableLook { Val = "0000", FirstRow = false, NoVerticalBand = true }),
            new TableGrid(new GridColumn { Width = "2268" }, new GridColumn { Width = "4000" }, new GridColumn { Width = "3370" }));
        table.Append(Row("Source", Cell(3, Para("CoverValue", Run("{{source}}")))));
        table.Append(Row("Question(s)", Cell(3, Para("CoverValue", Run("{{questions}}")))));
        table.Append(Row("Purpose", Cell(3, new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "CoverValue" }), Control("purpose", "Purpose of the document")))));
        table.Append(Row("Contact", Cell(1, Para("CoverValue", Run("{{contact.name}}"), new Run(new Break()), Run("{{contact.organization}}"), Run(", "), Run("{{contact.country}}"))),
            Cell(1, Para("CoverValue", Run("{{contact.email}}")))));
        table.Append(Row("Keywords", Cell(3, Para("CoverValue", Run("{{keywords}}")))));
        table.Append(Row("Abstract", Cell(3, BlockControl("abstract", "Short summary of the document"))));
        body.Append(table);
        body.Append(Para("CoverAction", Run("Action required: ", bold: true), Run("{{action}}")));
        body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
        body.Append(Para("Normal", Run("{{toc}}")));
        body.Append(Para("Normal", Run("{{body}}")));
        body.Append(new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = "rId3" },
            new FooterReference { Type = HeaderFooterValues.Default, Id = "rId4" },
            new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = 1700, Bottom = 1418, Left = 1418, Right = 1134, Header = 567, Footer = 567, Gutter = 0 }));
        return body;
    }

    private static Header Header()
    {
        // A blue band across the page: shaded paragraph, white bold text.
        var band = new Paragraph(
            new ParagraphProperties(
                new ParagraphStyleId { Val = "Header" },
                new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = Blue },
                new Tabs(new TabStop { Val = TabStopValues.Right, Position = 9354 })),
            Run("{{group}} · {{number}}", bold: true, color: "FFFFFF"),
            Run("\t", color: "FFFFFF"),
            Run("{{meeting.dates}}", color: "FFFFFF"));
        return new Header(band);
    }

    private static Footer Footer()
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Footer" }, new Tabs(new TabStop { Val = TabStopValues.Right, Position = 9354 })));
        paragraph.Append(
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" DOCPROPERTY Title \\* MERGEFORMAT ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            Run("Title of the document"),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
            Run("\tPage "),
            Run("{{page}}"),
            Run(" of "),
            Run("{{pages}}"));
        return new Footer(paragraph);
    }

    private static Styles Styles()
    {
        var styles = new Styles(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                new FontSize { Val = "21" },
                new Languages { Val = "en-GB" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { Before = "0", After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto }))));
        styles.Append(ParagraphStyle("Normal", "Normal", null, isDefault: true));
        styles.Append(ParagraphStyle("Title", "Title", "Normal", run: r => r.Append(new Bold(), new Color { Val = Blue }, new FontSize { Val = "48" }), paragraph: p => p.Append(new SpacingBetweenLines { Before = "1200", After = "240" })));
        styles.Append(ParagraphStyle("Subtitle", "Subtitle", "Normal", run: r => r.Append(new Color { Val = "595959" }, new FontSize { Val = "26" }), paragraph: p => p.Append(new SpacingBetweenLines { After = "480" })));
        styles.Append(ParagraphStyle("GroupLabel", "Group label", "Normal", run: r => r.Append(new Caps(), new Color { Val = Blue }, new Spacing { Val = 20 }, new FontSize { Val = "20" })));
        styles.Append(ParagraphStyle("CoverLabel", "Cover label", "Normal", run: r => r.Append(new Bold(), new Color { Val = Blue })));
        styles.Append(ParagraphStyle("CoverValue", "Cover value", "Normal"));
        styles.Append(ParagraphStyle("CoverAction", "Cover action", "Normal", paragraph: p => p.Append(new SpacingBetweenLines { Before = "240" })));
        for (int level = 1; level <= 4; level++)
        {
            int size = level switch { 1 => 32, 2 => 26, 3 => 22, _ => 21 };
            int l = level;
            styles.Append(ParagraphStyle("Heading" + level, "heading " + level, "Normal",
                paragraph: p => p.Append(new KeepNext(), new SpacingBetweenLines { Before = l == 1 ? "360" : "240", After = "120" }, new OutlineLevel { Val = l - 1 }),
                run: r => r.Append(new Bold(), new Color { Val = Blue }, new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        }

        styles.Append(ParagraphStyle("AnnexNotitle", "Annex_No & title", "Normal",
            paragraph: p => p.Append(new PageBreakBefore(), new SpacingBetweenLines { After = "240" }, new Justification { Val = JustificationValues.Center }, new OutlineLevel { Val = 0 }),
            run: r => r.Append(new Bold(), new Color { Val = Blue }, new FontSize { Val = "32" })));
        styles.Append(ParagraphStyle("ListParagraph", "List Paragraph", "Normal", paragraph: p => p.Append(new SpacingBetweenLines { After = "60" })));
        styles.Append(ParagraphStyle("BlockText", "Block Text", "Normal",
            paragraph: p => p.Append(new ParagraphBorders(new LeftBorder { Val = BorderValues.Single, Size = 24, Space = 8, Color = Blue }), new Indentation { Left = "567" }),
            run: r => r.Append(new Italic(), new Color { Val = "404040" })));
        styles.Append(ParagraphStyle("SourceCode", "Source Code", "Normal",
            paragraph: p => p.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "EDF2F8" }),
            run: r => r.Append(new RunFonts { Ascii = "Liberation Mono", HighAnsi = "Liberation Mono" }, new FontSize { Val = "18" })));
        styles.Append(ParagraphStyle("TableText", "Table_text", "Normal", paragraph: p => p.Append(new SpacingBetweenLines { Before = "40", After = "40" }), run: r => r.Append(new FontSize { Val = "19" })));
        styles.Append(ParagraphStyle("TableHead", "Table_head", "TableText", run: r => r.Append(new Bold(), new Color { Val = "FFFFFF" })));
        styles.Append(ParagraphStyle("ActionNumbered", "Action_numbered", "Normal", paragraph: p => p.Append(new Indentation { Left = "1134", Hanging = "1134" })));
        styles.Append(ParagraphStyle("ActionPrefixed", "Action_prefixed", "Normal", paragraph: p => p.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "FFF2CC" })));
        styles.Append(ParagraphStyle("EndOfDocument", "End_of_document", "Normal", paragraph: p => p.Append(new SpacingBetweenLines { Before = "480" }, new Justification { Val = JustificationValues.Center })));
        styles.Append(ParagraphStyle("Header", "header", "Normal", run: r => r.Append(new FontSize { Val = "18" })));
        styles.Append(ParagraphStyle("Footer", "footer", "Normal", run: r => r.Append(new Color { Val = "595959" }, new FontSize { Val = "16" })));
        styles.Append(ParagraphStyle("TOCHeading", "TOC Heading", "Heading1"));
        for (int level = 1; level <= 3; level++)
        {
            int l = level;
            styles.Append(ParagraphStyle("TOC" + level, "toc " + level, "Normal", paragraph: p => p.Append(
                new Tabs(new TabStop { Val = TabStopValues.Left, Position = (l * 567) + 567 }, new TabStop { Val = TabStopValues.Right, Leader = TabStopLeaderCharValues.Dot, Position = 9354 }),
                new SpacingBetweenLines { After = "60" },
                new Indentation { Left = ((l * 567) + 567).ToString(System.Globalization.CultureInfo.InvariantCulture), Hanging = "1134" })));
        }

        var hyperlink = new Style(new StyleName { Val = "Hyperlink" }, new StyleRunProperties(new Color { Val = "2E75B6" }, new Underline { Val = UnderlineValues.Single })) { Type = StyleValues.Character, StyleId = "Hyperlink" };
        styles.Append(hyperlink);

        var table = new Style(
            new StyleName { Val = "Group Table" },
            new StyleTableProperties(
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 8, Color = Blue },
                    new BottomBorder { Val = BorderValues.Single, Size = 8, Color = Blue },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "BDD7EE" }),
                new TableCellMarginDefault(
                    new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })),
            new TableStyleProperties(new StyleTableCellProperties(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = Blue })) { Type = TableStyleOverrideValues.FirstRow })
        { Type = StyleValues.Table, StyleId = "GroupTable" };
        styles.Append(table);
        return styles;
    }

    private static Style ParagraphStyle(string id, string name, string? basedOn, bool isDefault = false, Action<StyleRunProperties>? run = null, Action<StyleParagraphProperties>? paragraph = null)
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

        style.Append(new PrimaryStyle());
        if (paragraph is not null)
        {
            var properties = new StyleParagraphProperties();
            paragraph(properties);
            style.Append(properties);
        }

        if (run is not null)
        {
            var properties = new StyleRunProperties();
            run(properties);
            style.Append(properties);
        }

        return style;
    }

    private static TableRow Row(string label, params TableCell[] cells)
    {
        var row = new TableRow(new TableCell(new TableCellProperties(new TableCellWidth { Width = "2268", Type = TableWidthUnitValues.Dxa }), Para("CoverLabel", Run(label))));
        row.Append(cells);
        return row;
    }

    private static TableCell Cell(int span, params OpenXmlElement[] content)
    {
        var properties = new TableCellProperties();
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span - 1 });
        }

        var cell = new TableCell(properties);
        cell.Append(content);
        return cell;
    }

    private static Paragraph Para(string style, params OpenXmlElement[] runs)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        paragraph.Append(runs);
        return paragraph;
    }

    private static SdtRun Control(string tag, string prompt) => new(
        new SdtProperties(new SdtAlias { Val = tag }, new Tag { Val = tag }, new ShowingPlaceholder()),
        new SdtContentRun(Run("[" + prompt + "]", color: "808080")));

    private static SdtBlock BlockControl(string tag, string prompt) => new(
        new SdtProperties(new SdtAlias { Val = tag }, new Tag { Val = tag }, new ShowingPlaceholder()),
        new SdtContentBlock(Para("CoverValue", Run("[" + prompt + "]", color: "808080"))));

    private static Run Run(string text, bool bold = false, string? color = null)
    {
        var run = new Run();
        if (bold || color is not null)
        {
            var properties = new RunProperties();
            if (bold)
            {
                properties.Bold = new Bold();
            }

            if (color is not null)
            {
                properties.Color = new Color { Val = color };
            }

            run.RunProperties = properties;
        }

        foreach (string part in text.Split('\t'))
        {
            if (run.ChildElements.Count > (run.RunProperties is null ? 0 : 1))
            {
                run.Append(new TabChar());
            }

            run.Append(new Text(part) { Space = SpaceProcessingModeValues.Preserve });
        }

        return run;
    }
}
