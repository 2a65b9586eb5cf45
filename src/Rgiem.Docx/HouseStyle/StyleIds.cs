using Rgiem.Core.Model;

namespace Rgiem.Docx.HouseStyle;

/// <summary>Style IDs the renderer uses; the styles of TSB's templates have TSB's names (docs/house-style.md).</summary>
internal static class StyleIds
{
    public const string Normal = "Normal";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Heading3 = "Heading3";
    public const string Heading4 = "Heading4";
    public const string AnnexTitle = "AnnexNotitle";
    public const string ListParagraph = "ListParagraph";
    public const string Quote = "Quote";
    public const string Code = "Code";
    public const string TableText = "Tabletext";
    public const string TableHead = "Tablehead";
    public const string TableTitle = "TableNotitle";
    public const string FigureTitle = "FigureNotitle";
    public const string Figure = "Figure";
    public const string HeadingB = "Headingb";
    public const string Note = "Note";
    public const string Call = "Call";
    public const string Enumlev1 = "enumlev1";
    public const string Enumlev2 = "enumlev2";
    public const string Enumlev3 = "enumlev3";
    public const string ActionNumbered = "ActionNumbered";
    public const string ActionPrefixed = "ActionPrefixed";
    public const string CoverAction = "CoverAction";
    /// <summary>Text in the cover table: Normal, as in TSB's forms.</summary>
    public const string CoverText = Normal;
    public const string DocNumber = "Docnumber";
    public const string CoverRight = "TSBHeaderRight14";
    public const string CoverQuestion = "TSBHeaderQuestion";
    public const string VenueDate = "VenueDate";
    public const string CoverSource = "TSBHeaderSource";
    public const string CoverTitle = "TSBHeaderTitle";
    public const string CoverSummary = "TSBHeaderSummary";
    public const string LiaisonForAction = "LSForAction";
    public const string LiaisonForInformation = "LSForInfo";
    public const string LiaisonApproval = "LSApproval";
    public const string LiaisonDeadline = "LSDeadline";
    public const string EndOfDocument = "EndOfDocument";
    public const string Header = "Header";
    public const string Footer = "Footer";
    public const string Hyperlink = "Hyperlink";
    public const string TableGrid = "TableGrid";
    public const string CoverTable = "CoverTable";
    public const string TocHeading = "TOCHeading";
    public const string Toc1 = "TOC1";
    public const string Toc2 = "TOC2";
    public const string Toc3 = "TOC3";
    public const string FootnoteText = "FootnoteText";
    public const string FootnoteReference = "FootnoteReference";

    /// <summary>The built-in style id of each role of the style map (<see cref="StyleRoles"/>).</summary>
    public static IReadOnlyDictionary<string, string> ByRole { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [StyleRoles.Paragraph] = Normal,
        [StyleRoles.Heading1] = Heading1,
        [StyleRoles.Heading2] = Heading2,
        [StyleRoles.Heading3] = Heading3,
        [StyleRoles.Heading4] = Heading4,
        [StyleRoles.Annex] = AnnexTitle,
        [StyleRoles.ListParagraph] = ListParagraph,
        [StyleRoles.Quote] = Quote,
        [StyleRoles.Code] = Code,
        [StyleRoles.Table] = TableGrid,
        [StyleRoles.TableText] = TableText,
        [StyleRoles.TableHead] = TableHead,
        [StyleRoles.ActionNumbered] = ActionNumbered,
        [StyleRoles.ActionPrefixed] = ActionPrefixed,
        [StyleRoles.CoverTable] = CoverTable,
        [StyleRoles.CoverText] = CoverText,
        [StyleRoles.CoverAction] = CoverAction,
        [StyleRoles.EndOfDocument] = EndOfDocument,
        [StyleRoles.Header] = Header,
        [StyleRoles.Hyperlink] = Hyperlink,
        [StyleRoles.TocHeading] = TocHeading,
        [StyleRoles.Toc1] = Toc1,
        [StyleRoles.Toc2] = Toc2,
        [StyleRoles.Toc3] = Toc3,
        [StyleRoles.Note] = Note,
        [StyleRoles.FootnoteText] = FootnoteText,
        [StyleRoles.FootnoteReference] = FootnoteReference,
        [StyleRoles.Figure] = Figure,
        [StyleRoles.FigureCaption] = FigureTitle,
        [StyleRoles.TableCaption] = TableTitle,
        [StyleRoles.Enumlev1] = Enumlev1,
        [StyleRoles.Enumlev2] = Enumlev2,
        [StyleRoles.Headingb] = HeadingB,
        [StyleRoles.Call] = Call,
    };

    public static string Toc(int level) => level switch
    {
        <= 1 => Toc1,
        2 => Toc2,
        _ => Toc3,
    };

    public static string Heading(int level) => level switch
    {
        <= 1 => Heading1,
        2 => Heading2,
        3 => Heading3,
        _ => Heading4,
    };
}
