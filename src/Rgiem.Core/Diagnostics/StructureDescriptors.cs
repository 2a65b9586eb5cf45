namespace Rgiem.Core.Diagnostics;

/// <summary>RG2xxx: the Markdown body: nesting, clauses and annexes.</summary>
public static class StructureDescriptors
{
    private const string Category = "Structure";

    public static readonly DiagnosticDescriptor NestingTooDeep = new(
        "RG2001", "Markdown nested too deeply",
        "Lists, block quotes, links or emphasis are nested more than {0} levels deep here; flatten them (Word supports 9 list levels)",
        DiagnosticSeverity.Error, Category, Configurable: false);

    public static readonly DiagnosticDescriptor ClauseGap = new(
        "RG2002", "Clause number out of sequence", "Clause {0} follows clause {1}; expected {2}. Renumber the clause or remove the number to let rgiem number it",
        DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor ClauseDuplicate = new(
        "RG2003", "Duplicate clause number", "Clause {0} is already used on line {1}; renumber one of them",
        DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor ClauseWithoutParent = new(
        "RG2004", "Sub-clause outside its parent", "Clause {0} is not under clause {1}; it follows clause {2}. Move it or renumber it",
        DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor ClauseLevelMismatch = new(
        "RG2005", "Clause number does not match the heading level",
        "Clause {0} has {1} part(s) but is written as a level-{2} heading; write it with {3}",
        DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor AnnexOutOfSequence = new(
        "RG2006", "Annex label out of sequence", "Annex {0} follows annex {1}; expected annex {2}", DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor AnnexMissing = new(
        "RG2007", "Cited annex does not exist",
        "The text cites Annex {0}, but this record has no Annex {0}. Add it or correct the reference ('Annex {0} of TSAG-TDnnn' for another document's annex)",
        DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor RawHtml = new(
        "RG2008", "Raw HTML is ignored", "Raw HTML ('{0}') is not copied into the Word document; use Markdown instead",
        DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor HeadingLevelSkipped = new(
        "RG2009", "Heading level skipped", "A level-{0} heading follows a level-{1} heading; use level {2} ('{3}')",
        DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor ImageNotSupported = new(
        "RG2010", "Image not rendered", "Images ('{0}') are not rendered yet; the alternative text is used instead",
        DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor ClauseAfterAnnex = new(
        "RG2011", "Clause after an annex", "Clause {0} follows Annex {1}; clauses of the main body must come before the annexes",
        DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor BlockTooLong = new(
        "RG2012", "Paragraph too long",
        "The lines from here to the next blank line hold {0:N0} characters; a paragraph, table or list without blank lines may hold at most {1:N0}. Split it with blank lines (a long table into several tables)",
        DiagnosticSeverity.Error, Category, Configurable: false);

    public static readonly DiagnosticDescriptor AnnexPastZ = new(
        "RG2013", "Annex after Annex Z",
        "This annex would come after Annex Z, and annexes are lettered A to Z; merge annexes, or number them all ('# Annex 1', '# Annex 2'…, up to 99)",
        DiagnosticSeverity.Error, Category, Configurable: false);

    public static readonly DiagnosticDescriptor ClauseNumberOutOfRange = new(
        "RG2014", "Heading starts with a number out of range",
        "The heading starts with '{0}', which is not a clause number (at most two digits per part and six parts), so the heading is numbered {1} and keeps '{0}' in its title. Write a clause number in range, or rewrite the title so it does not start with a number",
        DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor EmptyClause = new(
        "RG2040", "Empty clause",
        "Clause {0} has no text before the next heading; write what the meeting said under it (e.g. 'None.' or 'No contributions were received.') or delete the heading",
        DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor FootnoteUndefined = new(
        "RG2030", "Footnote not defined",
        "The text cites footnote '[^{0}]', but no line starts with its definition '[^{0}]: text'; add the definition (after the paragraph, separated by a blank line) or remove the citation",
        DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor FootnoteCitesItself = new(
        "RG2058", "Footnote cites itself",
        "Footnote '[^{0}]' is cited inside its own text ({1}); a note cannot contain itself, so the citation is printed as it is written: remove it from the note, or cite another note",
        DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor FootnotesNestTooDeep = new(
        "RG2059", "Footnotes nested too deeply",
        "Footnote '[^{0}]' is cited inside a note that is itself inside {1} other notes; a note inside a note is printed in parentheses, and rgiem follows at most {1} levels: cite the note from the text instead",
        DiagnosticSeverity.Error, Category, Configurable: false);

    public static readonly DiagnosticDescriptor FootnoteUnused = new(
        "RG2031", "Footnote never cited",
        "Footnote '[^{0}]' is defined here but the text never cites it; cite it as '[^{0}]' where the note belongs, or remove the definition",
        DiagnosticSeverity.Warning, Category);

    public static readonly DiagnosticDescriptor ImageNotFound = new(
        "RG2032", "Image file not found",
        "The image '{0}' does not exist (looked for {1}); correct the path, which is relative to the file that shows the image",
        DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor ImageFormat = new(
        "RG2033", "Not a PNG or JPEG image",
        "'{0}' {1}; a figure must be a PNG or JPEG file (export the chart or diagram as PNG)",
        DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor ImageOutsideProject = new(
        "RG2034", "Image outside the project",
        "The image '{0}' {1}; images must be inside the project folder ({2}). Copy the image into the project",
        DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor ImageTooLarge = new(
        "RG2035", "Image too large",
        "The image '{0}' is {1:N0} bytes; an image may have at most {2:N0}. Export it at a lower resolution or as JPEG",
        DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor CrossReferenceUnknown = new(
        "RG2041", "Cross-reference to an unknown id",
        "'{0}' cites the id '{1}', which no figure, table caption or heading of this record carries{2}; give the target the id ('{{#{1}}}' after the figure, at the end of the 'Table:' caption or of the heading) or correct the citation",
        DiagnosticSeverity.Error, Category);

    public static readonly DiagnosticDescriptor CrossReferenceDuplicate = new(
        "RG2042", "Duplicate cross-reference id",
        "The id '{0}' is already given to {1} on line {2}; ids must be unique in a record, rename one of them (and its citations)",
        DiagnosticSeverity.Error, Category);

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        NestingTooDeep, ClauseGap, ClauseDuplicate, ClauseWithoutParent, ClauseLevelMismatch, AnnexOutOfSequence, AnnexMissing,
        RawHtml, HeadingLevelSkipped, ImageNotSupported, ClauseAfterAnnex, BlockTooLong, AnnexPastZ, ClauseNumberOutOfRange,
        EmptyClause,
        FootnoteUndefined, FootnoteUnused, FootnoteCitesItself, FootnotesNestTooDeep, ImageNotFound, ImageFormat, ImageOutsideProject, ImageTooLarge,
        CrossReferenceUnknown, CrossReferenceDuplicate,
    ];
}
