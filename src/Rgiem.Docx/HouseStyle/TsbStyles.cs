using DocumentFormat.OpenXml.Wordprocessing;

namespace Rgiem.Docx.HouseStyle;

/// <summary>
/// The styles of TSB's own templates that the body of a report uses beyond headings and paragraphs: notes,
/// footnotes, figures and their captions, table captions, dash lists, run-in headings and calls. Names, ids and
/// definitions are those of the ITU-T Recommendation skeleton (<c>styles.xml</c>, revision ids dropped);
/// <c>Headingb</c> and <c>Call</c>, which the skeleton lacks, follow TSB's TD template.
/// </summary>
internal static class TsbStyles
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private const string Tabs = "<w:tabs><w:tab w:val=\"left\" w:pos=\"794\"/><w:tab w:val=\"left\" w:pos=\"1191\"/><w:tab w:val=\"left\" w:pos=\"1588\"/><w:tab w:val=\"left\" w:pos=\"1985\"/></w:tabs>";
    private const string Baseline = "<w:overflowPunct w:val=\"0\"/><w:autoSpaceDE w:val=\"0\"/><w:autoSpaceDN w:val=\"0\"/><w:adjustRightInd w:val=\"0\"/>";

    private static readonly string[] Definitions =
    [
        $"<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"{StyleIds.Note}\"><w:name w:val=\"Note\"/><w:basedOn w:val=\"Normal\"/><w:pPr>{Tabs}{Baseline}<w:spacing w:before=\"80\"/><w:textAlignment w:val=\"baseline\"/></w:pPr><w:rPr><w:rFonts w:eastAsia=\"Times New Roman\"/><w:szCs w:val=\"20\"/><w:lang w:eastAsia=\"en-US\"/></w:rPr></w:style>",
        $"<w:style w:type=\"paragraph\" w:styleId=\"{StyleIds.FootnoteText}\"><w:name w:val=\"footnote text\"/><w:basedOn w:val=\"Note\"/><w:semiHidden/><w:pPr><w:keepLines/><w:tabs><w:tab w:val=\"left\" w:pos=\"255\"/></w:tabs><w:ind w:left=\"255\" w:hanging=\"255\"/></w:pPr></w:style>",
        $"<w:style w:type=\"character\" w:styleId=\"{StyleIds.FootnoteReference}\"><w:name w:val=\"footnote reference\"/><w:semiHidden/><w:rPr><w:position w:val=\"6\"/><w:sz w:val=\"18\"/></w:rPr></w:style>",
        $"<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"{StyleIds.Figure}\"><w:name w:val=\"Figure\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:pPr><w:keepNext/><w:keepLines/>{Tabs}{Baseline}<w:spacing w:before=\"240\" w:after=\"120\"/><w:jc w:val=\"center\"/><w:textAlignment w:val=\"baseline\"/></w:pPr><w:rPr><w:rFonts w:eastAsia=\"Times New Roman\"/><w:szCs w:val=\"20\"/><w:lang w:eastAsia=\"en-US\"/></w:rPr></w:style>",
        $"<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"{StyleIds.FigureCaption}\"><w:name w:val=\"Figure_No &amp; title\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepLines/>{Tabs}{Baseline}<w:spacing w:before=\"240\" w:after=\"120\"/><w:jc w:val=\"center\"/><w:textAlignment w:val=\"baseline\"/></w:pPr><w:rPr><w:b/><w:szCs w:val=\"20\"/></w:rPr></w:style>",
        $"<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"{StyleIds.TableCaption}\"><w:name w:val=\"Table_No &amp; title\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>{Tabs}{Baseline}<w:spacing w:before=\"360\" w:after=\"120\"/><w:jc w:val=\"center\"/><w:textAlignment w:val=\"baseline\"/></w:pPr><w:rPr><w:b/><w:szCs w:val=\"20\"/></w:rPr></w:style>",
        $"<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"{StyleIds.Enumlev1}\"><w:name w:val=\"enumlev1\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:spacing w:before=\"80\"/><w:ind w:left=\"794\" w:hanging=\"794\"/></w:pPr></w:style>",
        $"<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"{StyleIds.Enumlev2}\"><w:name w:val=\"enumlev2\"/><w:basedOn w:val=\"enumlev1\"/><w:pPr><w:ind w:left=\"1191\" w:hanging=\"397\"/></w:pPr></w:style>",
        $"<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"{StyleIds.Headingb}\"><w:name w:val=\"Headingb\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:pPr><w:keepNext/>{Tabs}<w:spacing w:before=\"160\"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>",
        $"<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"{StyleIds.Call}\"><w:name w:val=\"Call\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:pPr><w:keepNext/><w:keepLines/>{Tabs}<w:spacing w:before=\"160\"/><w:ind w:left=\"794\"/></w:pPr><w:rPr><w:i/></w:rPr></w:style>",
    ];

    /// <summary>Appends the TSB body styles to <paramref name="styles"/>.</summary>
    public static void Append(Styles styles)
    {
        foreach (string definition in Definitions)
        {
            styles.Append(new Style(definition.Replace("<w:style ", $"<w:style xmlns:w=\"{W}\" ", StringComparison.Ordinal)));
        }
    }
}
