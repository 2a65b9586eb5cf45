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
/// Writes the cover of a record on TSB's form for its type (<see cref="DocumentForms"/>), measured on TSB's
/// templates (docs/house-style.md): one table 9640 twips wide, centred, cell margins 57, with the top block
/// (logo, INTERNATIONAL TELECOMMUNICATION UNION / TELECOMMUNICATION STANDARDIZATION SECTOR / STUDY PERIOD,
/// the number in <c>Docnumber</c>, the body and Original in <c>TSBHeaderRight14</c>) closed by a 1.5 pt rule,
/// the Question(s) row with the place and dates (<c>VenueDate</c>), the type line, the labelled rows
/// (2.5 cm labels), thin 0.75 pt rules around the Contact rows only; then the Abstract in a table of its
/// own and the "Action:" paragraph. A liaison statement has TSB's LS rows, a conference document the
/// conference header. A row whose field is absent is left out.
/// </summary>
internal sealed class CoverPageWriter(RenderState state, BodyWriter body)
{
    /// <summary>TSB's cover table width: the text width, 17 cm.</summary>
    public const int TableWidth = 9640;

    /// <summary>The label column of TSB's labelled rows (2.5 cm).</summary>
    public const int LabelWidth = Twips.CoverLabelWidth;

    private const int LogoWidth = 1134;
    private const int OrganizationWidth = 3969;
    private const int TopRightWidth = TableWidth - LogoWidth - OrganizationWidth;
    private const int QuestionsWidth = 3827;
    private const int ContactWidth = 4111;

    // The liaison statement's own columns (TSB's LS form): labels 1544, "For information to:" 2205, the
    // Meeting / Working Party label at 4023, the contact's reach at 5456.
    private const int LiaisonLabelWidth = 1544;
    private const int LiaisonWideLabelWidth = 2205;
    private const int LiaisonMiddleWidth = 2479;
    private const int LiaisonSecondLabelWidth = 1763;
    private const int LiaisonContactWidth = 3912;
    private const int LiaisonAbstractLabelWidth = 1588;

    private const int Rule = 12;          // 1.5 pt: under the top block
    private const int ContactRule = 6;    // 0.75 pt: around the Contact rows of TSB's contribution form
    private const int LiaisonContactRule = 8; // 1 pt: around the Contact rows of TSB's LS form

    /// <summary>The cover as typed elements: the cover table, the Abstract's (after an empty paragraph), the "Action:" paragraphs.</summary>
    public IEnumerable<OpenXmlElement> Write(RecordMetadata metadata, LogoImage? logo, CoverOverrides? overrides = null)
    {
        var layout = Layout(metadata, logo, overrides);
        var output = new List<OpenXmlElement> { Build(layout.Rows) };
        if (layout.Abstract is { } summary)
        {
            output.Add(new Paragraph());
            output.Add(Build(summary));
        }

        output.AddRange(ActionParagraphs(layout.Action));
        return output;
    }

    /// <summary>
    /// The cover of <paramref name="metadata"/> laid out: what <see cref="Write"/> and <see cref="DirectCoverWriter"/> write.
    /// The ids the cover's fields take (the logo, links, tracked changes, comments) are taken here, in the order of the rows.
    /// </summary>
    public CoverLayout Layout(RecordMetadata metadata, LogoImage? logo, CoverOverrides? overrides = null)
    {
        overrides ??= CoverOverrides.None;
        var rows = new List<CoverRow>();
        rows.AddRange(TopBlock(metadata, logo, overrides));
        bool liaison = metadata.Type == DocumentType.LS;
        if (liaison)
        {
            rows.AddRange(LiaisonRows(metadata, overrides));
        }
        else
        {
            if (metadata.Type != DocumentType.Conference)
            {
                rows.Add(QuestionRow(metadata, overrides));
            }

            rows.Add(new CoverRow([new CoverCell(TableWidth, TypeLineParagraphs(metadata, overrides))]));
            rows.Add(Labelled("Source:", StyleIds.CoverSource, Field(metadata, "source", metadata.Source)));
            rows.Add(Labelled("Title:", StyleIds.CoverTitle, Field(metadata, "title", metadata.Title)));
            if (!string.IsNullOrWhiteSpace(metadata.Purpose))
            {
                rows.Add(Labelled("Purpose:", StyleIds.Normal, Field(metadata, "purpose", metadata.Purpose)));
            }
        }

        for (int i = 0; i < metadata.Contacts.Count; i++)
        {
            rows.Add(ContactRow(metadata, i, overrides.LinkEmails, liaison));
        }

        if (!liaison && metadata.Keywords.Count > 0)
        {
            rows.Add(Labelled("Keywords:", StyleIds.Normal, ListField(metadata, "keywords", metadata.Keywords, "; ")));
        }

        List<CoverRow>? summary = null;
        if (!string.IsNullOrWhiteSpace(metadata.Abstract))
        {
            // TSB's forms put the Abstract in a table of its own, after an empty paragraph.
            int label = liaison ? LiaisonAbstractLabelWidth : LabelWidth;
            summary = [new CoverRow([Label("Abstract:", label), new CoverCell(TableWidth - label, [Para(StyleIds.CoverSummary, Field(metadata, "abstract", metadata.Abstract))])])];
        }

        return new CoverLayout(rows, summary, metadata.Action);
    }

    /// <summary>The document number, or a visible placeholder while drafting: the parent's code and the form's letters (SG17-TDxxx).</summary>
    public static string DocumentNumber(RecordMetadata metadata)
    {
        if (metadata.NumberText is { } number)
        {
            return number;
        }

        string code = metadata.Form.NumberCode is { Length: > 0 } letters ? letters : "TD";
        return (BodyNames.Code(metadata.Parent) is { Length: > 0 } parent ? parent + "-" : string.Empty) + code + "xxx";
    }

    /// <summary>"Geneva, 29 July – 2 August 2024"; the place starts with a capital ("E-meeting, 31 January 2023").</summary>
    public static string PlaceAndDates(MeetingInfo? meeting)
    {
        if (meeting is null)
        {
            return string.Empty;
        }

        string dates = meeting.From is { } from ? ItuDates.Range(from, meeting.To ?? from) : string.Empty;
        string? place = string.IsNullOrWhiteSpace(meeting.Place) ? null : Capitalized(meeting.Place.Trim());
        return string.Join(", ", new[] { place, dates }.Where(s => !string.IsNullOrWhiteSpace(s)));
    }

    /// <summary>The type line of a record: a report with a report number shows it ("REPORT 2", as TSAG reports do).</summary>
    public static string TypeLine(RecordMetadata metadata) =>
        metadata.Type == DocumentType.Report && metadata.Number is { IsReport: true } number
            ? TypeLine(metadata.Type) + " " + number.Number.ToString(CultureInfo.InvariantCulture)
            : TypeLine(metadata.Type);

    public static string TypeLine(DocumentType type) => DocumentForms.Of(type).TypeLine;

    /// <summary>The date line of a report or a conference document: "APRIL 2018" (a report), "10 October 2016" (a conference document).</summary>
    public static string? DateLine(RecordMetadata metadata)
    {
        var date = metadata.Date ?? metadata.Meeting?.To ?? metadata.Meeting?.From;
        if (date is not { } day)
        {
            return null;
        }

        return metadata.Type == DocumentType.Conference
            ? ItuDates.Day(day)
            : day.ToString("MMMM yyyy", CultureInfo.InvariantCulture).ToUpperInvariant();
    }

    private IEnumerable<CoverRow> TopBlock(RecordMetadata metadata, LogoImage? logo, CoverOverrides overrides)
    {
        string number = overrides.Number ?? DocumentNumber(metadata);
        IReadOnlyList<CoverParagraph>[] right;
        IReadOnlyList<CoverParagraph> organization;
        string original = "Original: " + metadata.Original;
        if (metadata.Type == DocumentType.Conference && metadata.ConferenceNumber is { } conference)
        {
            // Conference documents: the assembly and its place and dates on the left, "Addendum 9 to
            // Document 44-E" on the right (in Docnumber, which the page header's STYLEREF does not read:
            // the header has the number itself), the date, Original.
            string letter = LanguageLetter(metadata.Original);
            right =
            [
                [Para(StyleIds.DocNumber, [Plain(conference.DocumentLine(letter))])],
                [Para(StyleIds.CoverRight, [Plain(DateLine(metadata) ?? string.Empty)])],
                [Para(StyleIds.CoverRight, [Plain(original)])],
            ];
            organization =
            [
                Para(StyleIds.Normal, [Sized("INTERNATIONAL TELECOMMUNICATION UNION", bold: false, 16)], spacingBefore: 0),
                Para(StyleIds.Normal, [Sized(conference.ConferenceName.ToUpperInvariant() + " (" + conference.Acronym + ")", bold: true, 26)]),
                Para(StyleIds.Normal, [Sized(overrides.Meeting ?? PlaceAndDates(metadata.Meeting), bold: false, 20)]),
            ];
        }
        else
        {
            string second = metadata.Type == DocumentType.Report
                ? DateLine(metadata) ?? BodyNames.LongName(metadata.Parent)
                : BodyNames.LongName(metadata.Parent);
            right =
            [
                [Para(StyleIds.DocNumber, [Plain(number)])],
                [Para(StyleIds.CoverRight, [Plain(second)])],
                [Para(StyleIds.CoverRight, [Plain(original)])],
            ];
            organization = OrganizationBlock(metadata);
        }

        for (int row = 0; row < 3; row++)
        {
            var merge = row == 0 ? MergedCellValues.Restart : MergedCellValues.Continue;
            int bottom = row == 2 ? Rule : 0;
            var cells = new List<CoverCell>();
            if (logo is not null)
            {
                cells.Add(new CoverCell(LogoWidth, row == 0 ? [Para(StyleIds.Normal, [CoverInline.Typed([LogoDrawing.Create(state, logo)])], centered: true, spacingBefore: 0)] : [Para(StyleIds.Normal, [])]) { Merge = merge, Bottom = bottom, Center = true });
                cells.Add(new CoverCell(OrganizationWidth, row == 0 ? organization : [Para(StyleIds.Normal, [])]) { Merge = merge, Bottom = bottom, Center = true });
            }
            else
            {
                cells.Add(new CoverCell(LogoWidth + OrganizationWidth, row == 0 ? organization : [Para(StyleIds.Normal, [])]) { Merge = merge, Bottom = bottom, Center = true });
            }

            cells.Add(new CoverCell(TopRightWidth, right[row]) { Bottom = bottom, Center = row != 1 });
            yield return new CoverRow(cells);
        }
    }

    private CoverRow QuestionRow(RecordMetadata metadata, CoverOverrides overrides)
    {
        var venue = new CoverCell(TableWidth - LabelWidth - QuestionsWidth, [Para(StyleIds.VenueDate, PlaceAndDatesField(metadata, overrides))]);
        if (metadata.Questions.Count == 0)
        {
            // questions: "" leaves the Question(s) label out; the place and dates stay where they are.
            return new CoverRow([new CoverCell(LabelWidth + QuestionsWidth, [Para(StyleIds.Normal, [])]), venue]);
        }

        return new CoverRow([Label("Question(s):", LabelWidth), new CoverCell(QuestionsWidth, [Para(StyleIds.CoverQuestion, ListField(metadata, "questions", metadata.Questions, ", "))]), venue]);
    }

    /// <summary>
    /// The type line: TD, CONTRIBUTION, LIAISON STATEMENT, PLENARY MEETING; a report names its body in full
    /// on a line of its own ("TELECOMMUNICATION STANDARDIZATION ADVISORY GROUP"), then "REPORT n".
    /// </summary>
    private static IReadOnlyList<CoverParagraph> TypeLineParagraphs(RecordMetadata metadata, CoverOverrides overrides)
    {
        var paragraphs = new List<CoverParagraph>();
        if (metadata.Type == DocumentType.Report && overrides.TypeLine is null && BodyNames.FullName(metadata.Parent) is { Length: > 0 } body)
        {
            paragraphs.Add(Para(StyleIds.Normal, [Bold(body)], centered: true));
        }

        paragraphs.Add(Para(StyleIds.Normal, [Bold(overrides.TypeLine ?? TypeLine(metadata))], centered: true));
        return paragraphs;
    }

    /// <summary>TSB's LS rows: Question(s) | Meeting, Study Group | Working Party, Source, Title, LIAISON STATEMENT, For action to, For information to, Approval, Deadline.</summary>
    private IEnumerable<CoverRow> LiaisonRows(RecordMetadata metadata, CoverOverrides overrides)
    {
        int valueWidth = TableWidth - LiaisonLabelWidth - LiaisonMiddleWidth - LiaisonSecondLabelWidth;
        yield return new CoverRow(
        [
            Label("Question(s):", LiaisonLabelWidth),
            new CoverCell(LiaisonMiddleWidth, [Para(StyleIds.CoverQuestion, ListField(metadata, "questions", metadata.Questions, ", "))]),
            Label("Meeting:", LiaisonSecondLabelWidth),
            new CoverCell(valueWidth, [Para(StyleIds.VenueDate, PlaceAndDatesField(metadata, overrides))]),
        ]);
        yield return new CoverRow(
        [
            Label("Study Group:", LiaisonLabelWidth),
            new CoverCell(LiaisonMiddleWidth, [Para(StyleIds.Normal, [Plain(StudyGroupOf(metadata))])]),
            Label("Working Party:", LiaisonSecondLabelWidth),
            new CoverCell(valueWidth, [Para(StyleIds.Normal, [Plain(WorkingPartyOf(metadata))])]),
        ]);
        yield return new CoverRow([Label("Source:", LiaisonLabelWidth), new CoverCell(TableWidth - LiaisonLabelWidth, [Para(StyleIds.CoverSource, Field(metadata, "source", metadata.Source))])]);
        yield return new CoverRow([Label("Title:", LiaisonLabelWidth), new CoverCell(TableWidth - LiaisonLabelWidth, [Para(StyleIds.CoverTitle, Field(metadata, "title", metadata.Title))])]);
        yield return new CoverRow([new CoverCell(TableWidth, [Para(StyleIds.Normal, [Bold(overrides.TypeLine ?? TypeLine(metadata))], centered: true)]) { Top = Rule }]);

        var rows = new List<(string Label, string Style, IEnumerable<CoverInline> Value)>();
        if (metadata.ForAction.Count > 0)
        {
            rows.Add(("For action to:", StyleIds.LiaisonForAction, ListField(metadata, "for-action", metadata.ForAction, ", ")));
        }

        if (metadata.ForInformation.Count > 0)
        {
            rows.Add(("For information to:", StyleIds.LiaisonForInformation, ListField(metadata, "for-information", metadata.ForInformation, ", ")));
        }

        rows.Add(("Approval:", StyleIds.LiaisonApproval, Field(metadata, "approval", metadata.Approval)));
        if (overrides.Deadline is not null || metadata.Deadline is not null)
        {
            rows.Add(("Deadline:", StyleIds.LiaisonDeadline, [Plain(overrides.Deadline ?? ItuDates.Day(metadata.Deadline!.Value))]));
        }

        for (int i = 0; i < rows.Count; i++)
        {
            int bottom = i == rows.Count - 1 ? Rule : 0;
            yield return new CoverRow(
            [
                Label(rows[i].Label, LiaisonWideLabelWidth) with { Bottom = bottom },
                new CoverCell(TableWidth - LiaisonWideLabelWidth, [Para(rows[i].Style, rows[i].Value)]) { Bottom = bottom },
            ]);
        }
    }

    /// <summary>The Study Group row of an LS: the study group's number (17), else the parent's code (TSAG).</summary>
    private static string StudyGroupOf(RecordMetadata metadata) =>
        BodyNames.StudyGroup(metadata.Parent) is { } number ? number.ToString(CultureInfo.InvariantCulture) : BodyNames.Code(metadata.Parent) ?? string.Empty;

    /// <summary>The Working Party row of an LS: the working party of a WP group (WP2/TSAG → 2); empty otherwise.</summary>
    private static string WorkingPartyOf(RecordMetadata metadata)
    {
        string prefix = BodyNames.ActionPrefix(metadata.Group) ?? string.Empty;
        return prefix.StartsWith("WP", StringComparison.Ordinal) && prefix.Length > 2 && prefix[2..].All(char.IsAsciiDigit) ? prefix[2..] : string.Empty;
    }

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
    internal static void IndentUnderAction(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties ??= new ParagraphProperties();
        int shift = Twips.CoverLabelWidth - (Twips.ClauseIndent - Twips.ListStep);
        if (properties.NumberingProperties?.NumberingLevelReference?.Val?.Value is { } level)
        {
            // The number now sits at the value column, its text one list step further.
            int text = ListNumbering.TextIndent(level) + shift;
            properties.Tabs = new Tabs(new TabStop { Val = TabStopValues.Number, Position = text });
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

    private static IReadOnlyList<CoverParagraph> OrganizationBlock(RecordMetadata metadata) =>
    [
        Para(StyleIds.Normal, [Sized("INTERNATIONAL TELECOMMUNICATION UNION", bold: false, 16)]),
        Para(StyleIds.Normal, [Sized("TELECOMMUNICATION", bold: true, 26), CoverInline.LineBreak, Sized("STANDARDIZATION SECTOR", bold: true, 26)]),
        Para(StyleIds.Normal, [Sized("STUDY PERIOD " + (metadata.StudyPeriod ?? string.Empty), bold: false, 20)]),
    ];

    private static string Capitalized(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>The language letter of ITU file names and conference numbers: E, F, S, A, C, R.</summary>
    private static string LanguageLetter(string language) => language.Trim().ToUpperInvariant() switch
    {
        "FRENCH" => "F",
        "SPANISH" => "S",
        "ARABIC" => "A",
        "CHINESE" => "C",
        "RUSSIAN" => "R",
        _ => "E",
    };

    private CoverRow ContactRow(RecordMetadata metadata, int index, bool linkEmail, bool liaison)
    {
        var contact = metadata.Contacts[index];
        string at = "contacts[" + index.ToString(CultureInfo.InvariantCulture) + "].";
        var who = new List<CoverInline>(Field(metadata, at + "name", contact.Name));
        foreach (var (key, line) in new[] { ("organization", contact.Organization), ("country", contact.Country) })
        {
            if (!string.IsNullOrWhiteSpace(line) || metadata.Reviews.ContainsKey(at + key))
            {
                who.Add(CoverInline.LineBreak);
                who.AddRange(Field(metadata, at + key, line));
            }
        }

        var reach = new List<CoverInline>();
        if (!string.IsNullOrWhiteSpace(contact.Tel) || metadata.Reviews.ContainsKey(at + "tel"))
        {
            reach.Add(Plain("Tel:"));
            reach.Add(Plain("\t"));
            reach.AddRange(Field(metadata, at + "tel", contact.Tel));
        }

        if (!string.IsNullOrWhiteSpace(contact.Email) || metadata.Reviews.ContainsKey(at + "email"))
        {
            if (reach.Count > 0)
            {
                reach.Add(CoverInline.LineBreak);
            }

            reach.Add(Plain("E-mail:"));
            reach.Add(Plain("\t"));
            if (metadata.Reviews.ContainsKey(at + "email") || !linkEmail)
            {
                reach.AddRange(Field(metadata, at + "email", contact.Email));
            }
            else
            {
                reach.Add(EmailLink(contact.Email!));
            }
        }

        int rule = liaison ? LiaisonContactRule : ContactRule;
        int label = liaison ? LiaisonLabelWidth : LabelWidth;
        int middle = liaison ? LiaisonContactWidth : ContactWidth;
        return new CoverRow(
        [
            Label("Contact:", label) with { Top = rule, Bottom = rule },
            new CoverCell(middle, [Para(StyleIds.Normal, who, tabAt: Twips.ClauseIndent)]) { Top = rule, Bottom = rule },
            new CoverCell(TableWidth - label - middle, [Para(StyleIds.Normal, reach, tabAt: Twips.ClauseIndent)]) { Top = rule, Bottom = rule },
        ]);
    }

    private CoverInline EmailLink(string email)
    {
        var inlines = new InlineWriter(state).Write([new LinkRun("mailto:" + email.Trim(), [new Core.Model.TextRun(email.Trim())])]);
        return CoverInline.Typed([inlines.First()]);
    }

    private static CoverRow Labelled(string label, string style, IEnumerable<CoverInline> value) =>
        new([Label(label, LabelWidth), new CoverCell(TableWidth - LabelWidth, [Para(style, value)])]);

    /// <summary>
    /// The runs of a front matter text on the cover: with the tracked changes and comments of its CriticMarkup
    /// (<see cref="RecordMetadata.Reviews"/>, written through <see cref="ReviewMarks"/> as the body's are), else the plain value.
    /// </summary>
    private IEnumerable<CoverInline> Field(RecordMetadata metadata, string path, string? value) =>
        metadata.Reviews.TryGetValue(path, out var review) ? [CoverInline.Typed([.. new InlineWriter(state).Write(review)])] : [Plain(value ?? string.Empty)];

    /// <summary>
    /// A list on one line (keywords, questions, addressees), its items joined by <paramref name="separator"/>; with
    /// marks, every item of the front matter, and the separator of an item inserted or deleted whole inside its change.
    /// </summary>
    private IEnumerable<CoverInline> ListField(RecordMetadata metadata, string path, IReadOnlyList<string> items, string separator)
    {
        if (!metadata.Reviews.ContainsKey(path + "[0]"))
        {
            return [Plain(string.Join(separator, items))];
        }

        var inlines = new List<Inline>();
        for (int i = 0; metadata.Reviews.TryGetValue(path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", out var item); i++)
        {
            if (i > 0 && item is [RevisionRun whole])
            {
                inlines.Add(whole with
                {
                    Children = whole.Children is [Core.Model.TextRun only] ? [only with { Text = separator + only.Text }] : [new Core.Model.TextRun(separator), .. whole.Children],
                });
                continue;
            }

            if (i > 0)
            {
                inlines.Add(new Core.Model.TextRun(separator));
            }

            inlines.AddRange(item);
        }

        return [CoverInline.Typed([.. new InlineWriter(state).Write(inlines)])];
    }

    /// <summary>The place and dates, the place with the tracked changes and comments of its CriticMarkup when it has any.</summary>
    private IEnumerable<CoverInline> PlaceAndDatesField(RecordMetadata metadata, CoverOverrides overrides)
    {
        if (overrides.Meeting is not null || metadata.Meeting is not { } meeting || !metadata.Reviews.ContainsKey("meeting.place"))
        {
            return [Plain(overrides.Meeting ?? PlaceAndDates(metadata.Meeting))];
        }

        var output = new List<CoverInline>(Field(metadata, "meeting.place", meeting.Place));
        if (meeting.From is { } from)
        {
            output.Add(Plain(", " + ItuDates.Range(from, meeting.To ?? from)));
        }

        return output;
    }

    private static CoverCell Label(string label, int width) => new(width, [Para(StyleIds.Normal, [Bold(label)])]);

    /// <summary>A table of TSB's cover, its grid the union of the cell edges of every row (<see cref="CoverLayout.Columns"/>).</summary>
    private static Table Build(IReadOnlyList<CoverRow> rows)
    {
        var columns = CoverLayout.Columns(rows);
        var table = new Table();
        table.Append(CoverTableProperties());
        var grid = new TableGrid();
        for (int i = 1; i < columns.Count; i++)
        {
            grid.Append(CoverGridColumn(columns[i] - columns[i - 1]));
        }

        table.Append(grid);
        foreach (var row in rows)
        {
            var tableRow = new TableRow(RowProperties());
            int x = 0;
            foreach (var cell in row.Cells)
            {
                int span = columns.IndexOf(x + cell.Width) - columns.IndexOf(x);
                x += cell.Width;
                var tableCell = new TableCell(CellProperties(cell, span));
                foreach (var paragraph in cell.Paragraphs)
                {
                    tableCell.Append(Paragraph(paragraph));
                }

                tableRow.Append(tableCell);
            }

            table.Append(tableRow);
        }

        return table;
    }

    /// <summary>The properties of every cover table.</summary>
    internal static TableProperties CoverTableProperties() => new(
        new TableStyle { Val = StyleIds.CoverTable },
        new TableWidth { Width = Width(TableWidth), Type = TableWidthUnitValues.Dxa },
        new TableJustification { Val = TableRowAlignmentValues.Center },
        new TableLayout { Type = TableLayoutValues.Fixed },
        new TableCellMarginDefault(
            new TableCellLeftMargin { Width = Twips.CoverCellMargin, Type = TableWidthValues.Dxa },
            new TableCellRightMargin { Width = Twips.CoverCellMargin, Type = TableWidthValues.Dxa }),
        new TableLook { Val = "0000", NoHorizontalBand = true, NoVerticalBand = true });

    /// <summary>The properties of every row of a cover table: not split across pages, centred.</summary>
    internal static TableRowProperties RowProperties() => new(new CantSplit(), new TableJustification { Val = TableRowAlignmentValues.Center });

    /// <summary>The grid column of a cover table.</summary>
    internal static GridColumn CoverGridColumn(int width) => new() { Width = Width(width) };

    /// <summary>The properties of a cell spanning <paramref name="span"/> grid columns.</summary>
    internal static TableCellProperties CellProperties(CoverCell cell, int span)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = Width(cell.Width), Type = TableWidthUnitValues.Dxa });
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }

        if (cell.Merge is { } merge)
        {
            properties.Append(new VerticalMerge { Val = merge });
        }

        if (cell.Top > 0 || cell.Bottom > 0)
        {
            var borders = new TableCellBorders();
            if (cell.Top > 0)
            {
                borders.Append(new TopBorder { Val = BorderValues.Single, Size = (uint)cell.Top, Space = 0, Color = "auto" });
            }

            if (cell.Bottom > 0)
            {
                borders.Append(new BottomBorder { Val = BorderValues.Single, Size = (uint)cell.Bottom, Space = 0, Color = "auto" });
            }

            properties.Append(borders);
        }

        if (cell.Center)
        {
            properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
        }

        return properties;
    }

    /// <summary>The typed paragraph of a cover paragraph.</summary>
    private static Paragraph Paragraph(CoverParagraph paragraph)
    {
        var content = new List<OpenXmlElement>();
        foreach (var inline in paragraph.Content)
        {
            if (inline.Elements is { } elements)
            {
                content.AddRange(elements);
            }
            else if (inline.Text is { } text)
            {
                var run = InlineWriter.TextRun(text, new RunStyleSet { Bold = inline.Bold });
                if (inline.Size > 0)
                {
                    run.RunProperties = SizedRunProperties(inline.Bold, inline.Size);
                }

                content.Add(run);
            }
            else
            {
                content.Add(new Run(new Break()));
            }
        }

        return ParagraphFactory.Styled(paragraph.Style, content, ParagraphConfiguration(paragraph.Centered, paragraph.TabAt, paragraph.SpacingBefore));
    }

    /// <summary>What a cover paragraph adds to its style's properties: a left tab stop, the spacing before it, centring.</summary>
    internal static Action<ParagraphProperties>? ParagraphConfiguration(bool centered, int? tabAt, int? spacingBefore) =>
        !centered && tabAt is null && spacingBefore is null ? null : p =>
        {
            if (tabAt is { } position)
            {
                p.Tabs = new Tabs(new TabStop { Val = TabStopValues.Left, Position = position });
            }

            if (spacingBefore is { } before)
            {
                p.SpacingBetweenLines = new SpacingBetweenLines { Before = before.ToString(CultureInfo.InvariantCulture) };
            }

            if (centered)
            {
                p.Justification = new Justification { Val = JustificationValues.Center };
            }
        };

    /// <summary>The properties of a run in a size of its own (half-points), bold or not.</summary>
    internal static RunProperties SizedRunProperties(bool bold, int size)
    {
        var properties = new RunStyleSet { Bold = bold }.Properties() ?? new RunProperties();
        properties.FontSize = new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) };
        properties.FontSizeComplexScript = new FontSizeComplexScript { Val = size.ToString(CultureInfo.InvariantCulture) };
        return properties;
    }

    private static CoverParagraph Para(string style, IEnumerable<CoverInline> content, bool centered = false, int? tabAt = null, int? spacingBefore = null) =>
        new(style, [.. content], centered, tabAt, spacingBefore);

    private static CoverInline Plain(string text) => CoverInline.Plain(text);

    private static CoverInline Bold(string text) => CoverInline.Strong(text);

    private static CoverInline Sized(string text, bool bold, int size) => CoverInline.Sized(text, bold, size);

    private static string Width(int twips) => twips.ToString(CultureInfo.InvariantCulture);
}
