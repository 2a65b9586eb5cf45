namespace Rgiem.Cli.Output;

/// <summary>How <c>rgiem actions</c> and <c>rgiem refs</c> print their register (<c>--format</c>). docs/output-formats.md describes each.</summary>
internal enum RegisterFormat
{
    /// <summary>Aligned columns for people.</summary>
    Table,

    /// <summary>One JSON document.</summary>
    Json,

    /// <summary>RFC 4180 CSV with a header row.</summary>
    Csv,
}
