namespace Rgiem.Core.Model;

/// <summary>What a cross-reference id names.</summary>
public enum CrossReferenceKind
{
    /// <summary>A figure: "Figure 3".</summary>
    Figure,

    /// <summary>A captioned table: "Table 2".</summary>
    Table,

    /// <summary>A numbered clause: "clause 2.1".</summary>
    Clause,

    /// <summary>An annex: "Annex A".</summary>
    Annex,

    /// <summary>A heading without a number: its title.</summary>
    Heading,
}
