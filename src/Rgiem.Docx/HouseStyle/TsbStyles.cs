using DocumentFormat.OpenXml.Wordprocessing;

namespace Rgiem.Docx.HouseStyle;

/// <summary>
/// The footnote styles of TSB's own templates (<c>footnote text</c>, based on Note, and <c>footnote reference</c>),
/// with the names, ids and definitions of the ITU-T Recommendation skeleton (<c>styles.xml</c>, revision ids dropped).
/// The other TSB body styles (Note, Figure, the captions, enumlev, Headingb, Call) are built in
/// <see cref="StylesBuilder"/>, which <c>StyleSetTests</c> compares with the skeleton.
/// </summary>
internal static class TsbStyles
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private const string Tabs = "<w:tabs><w:tab w:val=\"left\" w:pos=\"794\"/><w:tab w:val=\"left\" w:pos=\"1191\"/><w:tab w:val=\"left\" w:pos=\"1588\"/><w:tab w:val=\"left\" w:pos=\"1985\"/></w:tabs>";
    private const string Baseline = "<w:overflowPunct w:val=\"0\"/><w:autoSpaceDE w:val=\"0\"/><w:autoSpaceDN w:val=\"0\"/><w:adjustRightInd w:val=\"0\"/>";

    private static readonly string[] Definitions =
    [
        $"<w:style w:type=\"paragraph\" w:styleId=\"{StyleIds.FootnoteText}\"><w:name w:val=\"footnote text\"/><w:basedOn w:val=\"Note\"/><w:semiHidden/><w:pPr><w:keepLines/><w:tabs><w:tab w:val=\"left\" w:pos=\"255\"/></w:tabs><w:ind w:left=\"255\" w:hanging=\"255\"/></w:pPr></w:style>",
        $"<w:style w:type=\"character\" w:styleId=\"{StyleIds.FootnoteReference}\"><w:name w:val=\"footnote reference\"/><w:semiHidden/><w:rPr><w:position w:val=\"6\"/><w:sz w:val=\"18\"/></w:rPr></w:style>",
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
