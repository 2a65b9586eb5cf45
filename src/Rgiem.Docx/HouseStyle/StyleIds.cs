namespace Rgiem.Docx.HouseStyle;

/// <summary>Style IDs the renderer uses; names follow the ITU-T Word template where it has one.</summary>
internal static class StyleIds
{
    public const string Normal = "Normal";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Heading3 = "Heading3";
    public const string Heading4 = "Heading4";
    public const string AnnexTitle = "AnnexNoTitle";
    public const string ListParagraph = "ListParagraph";
    public const string Quote = "Quote";
    public const string Code = "Code";
    public const string TableText = "TableText";
    public const string TableHead = "TableHead";
    public const string ActionNumbered = "ActionNumbered";
    public const string ActionPrefixed = "ActionPrefixed";
    public const string CoverAction = "CoverAction";
    public const string CoverText = "CoverText";
    public const string EndOfDocument = "EndOfDocument";
    public const string Header = "Header";
    public const string Footer = "Footer";
    public const string Hyperlink = "Hyperlink";
    public const string TableGrid = "TableGrid";
    public const string CoverTable = "CoverTable";

    public static string Heading(int level) => level switch
    {
        <= 1 => Heading1,
        2 => Heading2,
        3 => Heading3,
        _ => Heading4,
    };
}
