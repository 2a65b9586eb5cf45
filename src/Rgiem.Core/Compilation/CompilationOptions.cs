using Rgiem.Core.Validation;

namespace Rgiem.Core.Compilation;

/// <summary>What to compile and how.</summary>
/// <param name="Inputs">Folders or record files; a folder may hold rgiem.yaml.</param>
/// <param name="WorkingDirectory">Base for relative inputs and for the paths shown in messages.</param>
/// <param name="OutputDirectory">Overrides the project's output folder.</param>
/// <param name="TemplateFromCommandLine">A template given on the command line replaces the records' and the project's, which are then not checked (RG0031).</param>
/// <param name="Keep">
/// What to keep of each record once its own checks ran (<see cref="RecordRetention"/>), so that memory does not grow
/// with the size of the records: its facts for <c>check</c>, its summary for <c>build</c>, the whole record for
/// commands that read the bodies afterwards (the registers, <c>check --fix</c>). Progress reports are always kept whole.
/// </param>
public sealed record CompilationOptions(
    IReadOnlyList<string> Inputs,
    string WorkingDirectory,
    string? OutputDirectory = null,
    bool WarningsAsErrors = false,
    CheckOptions? Check = null,
    int MaxDegreeOfParallelism = -1,
    bool TemplateFromCommandLine = false,
    RecordRetention Keep = RecordRetention.Whole)
{
    /// <summary>Where a rgiem.yaml above an input may be found (tests give their own home folder and user).</summary>
    public Project.ProjectSearch? Search { get; init; }
}
