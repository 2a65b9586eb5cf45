namespace Rgiem.Docx.HouseStyle;

/// <summary>
/// Page geometry and indents of the ITU-T house style, in twentieths of a point (twips).
/// Values are TSB's, measured on its templates (docs/house-style.md).
/// </summary>
internal static class Twips
{
    public const int PageWidth = 11907;   // A4 as TSB's templates write it (210 mm)
    public const int PageHeight = 16840;  // 297 mm
    public const int MarginTop = 1134;    // 20 mm all round, as TSB
    public const int MarginBottom = 1134;
    public const int MarginLeft = 1134;
    public const int MarginRight = 1134;
    public const int HeaderDistance = 425; // 7.5 mm, as TSB
    public const int FooterDistance = 709;

    public const int TextWidth = PageWidth - MarginLeft - MarginRight;

    /// <summary>The hanging indent that lines up "2.1&lt;TAB&gt;Title" (1.4 cm).</summary>
    public const int ClauseIndent = 794;

    /// <summary>Indent of "Action n:&lt;TAB&gt;" items and the cover's "Action:" line (2.1 cm).</summary>
    public const int ActionIndent = 1191;

    /// <summary>Width of the cover table's label column (2.5 cm, as TSB); the cover values and the "Action:" text start here.</summary>
    public const int CoverLabelWidth = 1418;

    /// <summary>Left and right cell margin of TSB's cover table (1 mm).</summary>
    public const int CoverCellMargin = 57;

    /// <summary>Left and right cell margin of the house table styles (0.15 cm).</summary>
    public const int CellMargin = 85;

    /// <summary>Step between list levels (0.7 cm).</summary>
    public const int ListStep = 397;

    /// <summary>Default tab stops: 1.4, 2.1, 2.8 and 3.5 cm.</summary>
    public static readonly int[] TabStops = [794, 1191, 1588, 1985];
}
