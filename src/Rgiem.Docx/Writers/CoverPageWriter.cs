using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Rgiem.Core.Model;
using Rgiem.Core.Text;
using Rgiem.Docx.HouseStyle;
using DocumentType = Rgiem.Core.Model.DocumentType;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace Rgiem.Docx.Writers;

/// <summary>
/// Writes the cover of an ITU-T TD: the header table (logo, INTERNATIONAL TELECOMMUNICATION UNION /
/// TELECOMMUNICATION STANDARDIZATION SECTOR / STUDY PERIOD, the document number in large type, the
/// group, Original), the Question(s) row with place and dates, the type line, the labelled rows
/// Source / Title / Purpose / Contact / Keywords / Abstract, and then the "Action:" paragraph.
/// </summary>
internal sealed class CoverPageWriter(RenderState state, BodyWriter body)
{
    // The table is shifted left by the cell margin and widened by two margins, so that the labels line up
    // with the body text at the left margin, the right column ends at the right margin, and the values
    // start exactly at Twips.CoverLabelWidth (where the "Action:" paragraph puts its text too).
    private const int TableWidth = Twips.TextWidth + (2 * Twips.CellMargin);
    private const int LabelWidth = Twips.CoverLabelWidth;  // 3.0 cm: "Question(s):" in bold on one line
    private const int MiddleWidth = 3544;
    private const int RightWidth = TableWidth - LabelWidth - MiddleWidth;

    // The right column of rows 1-3 is narrower than the one below it by a bridge column (1.0 cm) that the
    // organization block takes: beside a logo, "STANDARDIZATION SECTOR" in 13 pt bold needs 6.6 cm.
    private const int BridgeWidth = 567;
    private const int TopRightWidth = RightWidth - BridgeWidth;

    public IEnumerable<OpenXmlElement> Write(RecordMetadata metadata, LogoImage? logo, CoverOverrides? overrides = null)
    {
        overrides ??= CoverOverrides.None;
        var table = new Table();
        table.Append(new TableProperties(
            new TableStyle { Val = StyleIds.CoverTable },
            new TableWidth { Width = Width(TableWidth), Type = TableWidthUnitValues.Dxa },
            new TableIndentation { Width = -Twips.CellMargin, Type = TableWidthUnitValues.Dxa },
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableLook { Val = "0000", NoHorizontalBand = true, NoVerticalBand = true }));
        table.Append(new TableGrid(
            new GridColumn { Width = Width(LabelWidth) },
            new GridColumn { Width = Width(MiddleWidth) },
            new GridColumn { Width = Width(BridgeWidth) },
            new GridColumn { Width = Width(TopRightWidth) }));

        // Rows 1-3: logo | organization | document number, group, original language. Without a logo the
        // organization block takes the logo's place, as on TDs (TSB adds no logo to TDs).
        var right = new[]
        {
            Para([Styled(overrides.Number ?? DocumentNumber(metadata), bold: true, size: 32)], JustificationValues.Right),
            Para([Styled(BodyNames.LongName(metadata.Parent), bold: true, size: 28)], JustificationValues.Right),
            Para([Styled("Original: " + metadata.Original, bold: true, size: 28)], JustificationValues.Right),
        };
        for (int row = 0; row < 3; row++)
        {
            var merge = row == 0 ? MergedRestart : MergedContinue;
            var border = row == 2 ? Border.Bottom : Border.None;
            var cells = new List<TableCell>();
            if (logo is not null)
            {
                cells.Add(Cell(LabelWidth, 1, merge, border, [row == 0 ? Para([LogoDrawing.Create(state, logo)]) : Para([])]));
                cells.Add(Cell(MiddleWidth + BridgeWidth, 2, merge, border, row == 0 ? OrganizationBlock(metadata) : [Para([])]));
            }
            else
            {
                cells.Add(Cell(LabelWidth + MiddleWidth + BridgeWidth, 3, merge, border, row == 0 ? OrganizationBlock(metadata) : [Para([])]));
            }

            cells.Add(Cell(TopRightWidth, 1, null, border, [right[row]]));
            table.Append(Row([.. cells]));
        }

        // Question(s) | questions | place, dates.
        table.Append(Row(
            LabelCell("Question(s):", Border.Bottom),
            Cell(MiddleWidth, 1, null, Border.Bottom, [Para([Plain(string.Join(", ", metadata.Questions))])]),
            Cell(RightWidth, 2, null, Border.Bottom, [Para([Plain(overrides.Meeting ?? PlaceAndDates(metadata.Meeting))], JustificationValues.Right)])));

        // The type line.
        table.Append(Row(Cell(TableWidth, 4, null, Border.Bottom, [Para([Styled(overrides.TypeLine ?? TypeLine(metadata), bold: true)], JustificationValues.Center)])));

        table.Append(LabelledRow("Source:", metadata.Source, Border.None));
        table.Append(LabelledRow("Title:", metadata.Title, Border.None));
        if (metadata.Type == DocumentType.LS)
        {
            // The liaison rows, in the order of the ITU liaison statement form: To, Approval, For, Deadline.
            table.Append(LabelledRow("To:", string.Join(", ", metadata.LiaisonTo), Border.None));
            table.Append(LabelledRow("Approval:", metadata.Approval, Border.None));
            table.Append(LabelledRow("For:", Capitalized(metadata.LiaisonFor), Border.None));
            if (overrides.Deadline is not null || metadata.Deadline is not null)
            {
                table.Append(LabelledRow("Deadline:", overrides.Deadline ?? ItuDates.Day(metadata.Deadline!.Value), Border.None));
            }
        }

        // A contribution always states its purpose and keywords (RG1040 asks for them).
        bool contribution = metadata.Type == DocumentType.C;
        if (!string.IsNullOrWhiteSpace(metadata.Purpose) || contribution)
        {
            table.Append(LabelledRow("Purpose:", metadata.Purpose, Border.None));
        }

        foreach (var contact in metadata.Contacts)
        {
            table.Append(ContactRow(contact, overrides.LinkEmails));
        }

        if (metadata.Keywords.Count > 0 || contribution)
        {
            table.Append(LabelledRow("Keywords:", string.Join("; ", metadata.Keywords), Border.Top));
        }

        table.Append(LabelledRow("Abstract:", metadata.Abstract, Border.Top | Border.Bottom));

        var output = new List<OpenXmlElement> { table };
        output.AddRange(ActionParagraphs(metadata.Action));
        return output;
    }

    /// <summary>The document number, or a visible placeholder while drafting (TSAG-TDxxx).</summary>
    public static string DocumentNumber(RecordMetadata metadata)
    {
        if (metadata.Number is { } number)
        {
            return number.Canonical;
        }

        string code = metadata.Type switch
        {
            DocumentType.C => "C",
            DocumentType.Report => "R",
            DocumentType.LS => "LS",
            _ => "TD",
        };
        return (BodyNames.Code(metadata.Parent) is { Length: > 0 } parent ? parent + "-" : string.Empty) + code + "xxx";
    }

    public static string PlaceAndDates(MeetingInfo? meeting)
    {
        if (meeting is null)
        {
            return string.Empty;
        }

        string dates = meeting.From is { } from ? ItuDates.Range(from, meeting.To ?? from) : string.Empty;
        return string.Join(", ", new[] { meeting.Place, dates }.Where(s => !string.IsNullOrWhiteSpace(s)));
    }

    /// <summary>The type line of a record: a report with a report number shows it ("REPORT 2", as TSAG reports do).</summary>
    public static string TypeLine(RecordMetadata metadata) =>
        metadata.Type == DocumentType.Report && metadata.Number is { IsReport: true } number
            ? TypeLine(metadata.Type) + " " + number.Number.ToString(CultureInfo.InvariantCulture)
            : TypeLine(metadata.Type);

    public static string TypeLine(DocumentType type) => type switch
    {
        DocumentType.C => "CONTRIBUTION",
        DocumentType.Report => "REPORT",
        DocumentType.LS => "LIAISON STATEMENT",
        _ => "TD",
    };

    private IEnumerable<OpenXmlElement> ActionParagraphs(IReadOnlyList<Block> action)
    {
        if (action.Count == 0)
        {
            yield break;
        }

        var blocks = body.Write(action);
        int start = 0;
        var content = new List<OpenXmlElement> { ParagraphFactory.Bold("Action:"), InlineWriter.TextRun("\t") };
        if (blocks.Count > 0 && blocks[0] is Paragraph first && action[0] is ParagraphBlock)
        {
            content.AddRange(first.Elements<OpenXmlElement>().Where(e => e is not ParagraphProperties).Select(e => e.CloneNode(true)));
            start = 1;
        }

        yield return ParagraphFactory.Styled(StyleIds.CoverAction, content);
        for (int i = start; i < blocks.Count; i++)
        {
            if (blocks[i] is Paragraph paragraph)
            {
                IndentUnderAction(paragraph);
            }

            yield return blocks[i];
        }
    }

    /// <summary>
    /// Moves a paragraph that continues the "Action:" text (a sub-list "1. …", a second paragraph) right,
    /// so that it sits under the action text instead of under the label: list numbers start at the value
    /// column, plain paragraphs line up with it.
    /// </summary>
    private static void IndentUnderAction(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties ??= new ParagraphProperties();
        int shift = Twips.CoverLabelWidth - (Twips.ClauseIndent - Twips.ListStep);
        if (properties.NumberingProperties?.NumberingLevelReference?.Val?.Value is { } level)
        {
            // The number now sits at the value column; the Normal tab stops between it and its text would
            // catch the tab after the number (Word and LibreOffice both take the first stop): clear them.
            int text = ListNumbering.TextIndent(level) + shift;
            properties.Tabs = new Tabs(Twips.TabStops
                .Where(t => t < text)
                .Select(t => new TabStop { Val = TabStopValues.Clear, Position = t })
                .Append(new TabStop { Val = TabStopValues.Number, Position = text }));
            properties.Indentation = new Indentation
            {
                Left = text.ToString(CultureInfo.InvariantCulture),
                Hanging = Twips.ListStep.ToString(CultureInfo.InvariantCulture),
            };
        }
        else if (properties.Indentation?.Left?.Value is { } left && int.TryParse(left, NumberStyles.Integer, CultureInfo.InvariantCulture, out int twips))
        {
            properties.Indentation.Left = (twips + shift).ToString(CultureInfo.InvariantCulture);
        }
        else
        {
            properties.Indentation = new Indentation { Left = Twips.CoverLabelWidth.ToString(CultureInfo.InvariantCulture) };
        }
    }

    private static IReadOnlyList<Paragraph> OrganizationBlock(RecordMetadata metadata) =>
    [
        Para([Styled("INTERNATIONAL TELECOMMUNICATION UNION", bold: false, size: 16)]),
        Para([Styled("TELECOMMUNICATION", bold: true, size: 26), new Run(new Break()), Styled("STANDARDIZATION SECTOR", bold: true, size: 26)]),
        Para([Styled("STUDY PERIOD " + (metadata.StudyPeriod ?? string.Empty), bold: false, size: 20)]),
    ];

    private static string Capitalized(string? text) =>
        string.IsNullOrEmpty(text) ? string.Empty : char.ToUpperInvariant(text[0]) + text[1..];

    private TableRow ContactRow(Contact contact, bool linkEmail)
    {
        var who = new List<OpenXmlElement> { Plain(contact.Name) };
        foreach (string? line in new[] { contact.Organization, contact.Country })
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                who.Add(new Run(new Break()));
                who.Add(Plain(line));
            }
        }

        var reach = new List<OpenXmlElement>();
        if (!string.IsNullOrWhiteSpace(contact.Tel))
        {
            reach.Add(Plain("Tel:\t" + contact.Tel));
        }

        if (!string.IsNullOrWhiteSpace(contact.Email))
        {
            if (reach.Count > 0)
            {
                reach.Add(new Run(new Break()));
            }

            reach.Add(Plain("E-mail:\t"));
            reach.Add(linkEmail ? EmailLink(contact.Email) : Plain(contact.Email));
        }

        return Row(
            LabelCell("Contact:", Border.Top),
            Cell(MiddleWidth, 1, null, Border.Top, [Para(who)]),
            Cell(RightWidth, 2, null, Border.Top, [Para(reach, tabAt: 1134)]));
    }

    private OpenXmlElement EmailLink(string email)
    {
        var inlines = new InlineWriter(state).Write([new LinkRun("mailto:" + email.Trim(), [new Core.Model.TextRun(email.Trim())])]);
        return inlines.First();
    }

    private static TableRow LabelledRow(string label, string? value, Border border) =>
        Row(LabelCell(label, border), Cell(MiddleWidth + RightWidth, 3, null, border, [Para([Plain(value ?? string.Empty)])]));

    private static TableCell LabelCell(string label, Border border) =>
        Cell(LabelWidth, 1, null, border, [Para([Styled(label, bold: true)])]);

    private static TableRow Row(params TableCell[] cells)
    {
        var row = new TableRow(new TableRowProperties(new CantSplit()));
        row.Append(cells);
        return row;
    }

    private static TableCell Cell(int width, int span, MergedCellValues? merge, Border border, IReadOnlyList<Paragraph> paragraphs)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = Width(width), Type = TableWidthUnitValues.Dxa });
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }

        if (merge is { } value)
        {
            properties.Append(new VerticalMerge { Val = value });
        }

        if (border != Border.None)
        {
            var borders = new TableCellBorders();
            if (border.HasFlag(Border.Top))
            {
                borders.Append(new TopBorder { Val = BorderValues.Single, Size = 12, Space = 0, Color = "auto" });
            }

            if (border.HasFlag(Border.Bottom))
            {
                borders.Append(new BottomBorder { Val = BorderValues.Single, Size = 12, Space = 0, Color = "auto" });
            }

            properties.Append(borders);
        }

        properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Top });
        var cell = new TableCell(properties);
        cell.Append(paragraphs);
        return cell;
    }

    private static Paragraph Para(IEnumerable<OpenXmlElement> content, JustificationValues? justification = null, int? tabAt = null) =>
        ParagraphFactory.Styled(StyleIds.CoverText, content, p =>
        {
            if (tabAt is { } position)
            {
                p.Tabs = new Tabs(new TabStop { Val = TabStopValues.Left, Position = position });
            }

            if (justification is { } value)
            {
                p.Justification = new Justification { Val = value };
            }
        });

    private static Run Plain(string text) => InlineWriter.TextRun(text);

    private static Run Styled(string text, bool bold, int size = 24)
    {
        var run = InlineWriter.TextRun(text, new RunStyleSet { Bold = bold });
        if (size != 24)
        {
            run.RunProperties ??= new RunProperties();
            run.RunProperties.FontSize = new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) };
            run.RunProperties.FontSizeComplexScript = new FontSizeComplexScript { Val = size.ToString(CultureInfo.InvariantCulture) };
        }

        return run;
    }

    private static string Width(int twips) => twips.ToString(CultureInfo.InvariantCulture);

    private static readonly MergedCellValues MergedRestart = MergedCellValues.Restart;
    private static readonly MergedCellValues MergedContinue = MergedCellValues.Continue;

    [Flags]
    private enum Border
    {
        None = 0,
        Top = 1,
        Bottom = 2,
    }
}
