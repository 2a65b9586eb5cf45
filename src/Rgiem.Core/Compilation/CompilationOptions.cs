using Rgiem.Core.Validation;

namespace Rgiem.Core.Compilation;

/// <summary>What to compile and how.</summary>
/// <param name="Inputs">Folders or record files; a folder may hold rgiem.yaml.</param>
/// <param name="WorkingDirectory">Base for relative inputs and for the paths shown in messages.</param>
/// <param name="OutputDirectory">Overrides the project's output folder.</param>
/// <param name="TemplateFromCommandLine">A template given on the command line replaces the records' and the project's, which are then not checked (RG0031).</param>
public sealed record CompilationOptions(
    IReadOnlyList<string> Inputs,
    string WorkingDirectory,
    string? OutputDirectory = null,
    bool WarningsAsErrors = false,
    CheckOptions? Check = null,
    int MaxDegreeOfParallelism = -1,
    bool TemplateFromCommandLine = false);
