namespace Rgiem.Cli.Tests.BadInput;

/// <summary>One bad input and what rgiem must make of it.</summary>
/// <param name="Name">Short name, used as the theory's data.</param>
/// <param name="Create">Writes the input into an empty folder.</param>
/// <param name="Input">The path given to rgiem, relative to that folder ("." or a file).</param>
/// <param name="ExitCode">0 or 1: never 2, which is for usage errors.</param>
/// <param name="Expected">The diagnostic that must be printed, or null for a clean run.</param>
/// <param name="MaxAllocatedMegabytes">Bound on the bytes allocated by one run (see <see cref="Support.CliRunner"/>).</param>
public sealed record BadInputCase(
    string Name,
    Action<string> Create,
    string Input,
    int ExitCode,
    ExpectedDiagnostic? Expected,
    double MaxAllocatedMegabytes)
{
    /// <summary>A record without diagnostics: <c>build</c> writes its document.</summary>
    public bool WritesDocument => ExitCode == 0 && Expected is null;

    public override string ToString() => Name;
}
