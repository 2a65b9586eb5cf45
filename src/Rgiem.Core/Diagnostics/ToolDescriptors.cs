namespace Rgiem.Core.Diagnostics;

/// <summary>
/// RG002x: the programs rgiem runs for PDF output and page previews (LibreOffice, pdftoppm). They are not
/// problems of the records: a missing program stops the run (exit code 2), a failed conversion is an error.
/// </summary>
public static class ToolDescriptors
{
    private const string Category = "Tool";

    public static readonly DiagnosticDescriptor ProgramNotFound = new(
        "RG0020", "Required program not found",
        "{0} was not found, so {1} cannot be written. {2}",
        DiagnosticSeverity.Error, Category, Configurable: false);

    public static readonly DiagnosticDescriptor ConversionFailed = new(
        "RG0021", "Conversion by an external program failed",
        "{0} could not convert '{1}': {2}",
        DiagnosticSeverity.Error, Category, Configurable: false);

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = [ProgramNotFound, ConversionFailed];
}
