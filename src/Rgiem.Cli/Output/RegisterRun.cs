using System.Globalization;
using Rgiem.Core.Compilation;
using Rgiem.Core.Diagnostics;

namespace Rgiem.Cli.Output;

/// <summary>
/// What the register commands share: the records are compiled as <c>rgiem check</c> compiles them; the register
/// goes to standard output, and the errors that may leave it incomplete go to standard error.
/// </summary>
internal static class RegisterRun
{
    /// <summary>Prints the errors of the run to <paramref name="error"/> and returns the exit code: 2 for a missing path, 1 for errors, else 0.</summary>
    public static int ReportErrors(CompilationResult compilation, TextWriter error)
    {
        var errors = compilation.AllDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        foreach (var diagnostic in errors)
        {
            error.WriteLine(diagnostic.ToString());
        }

        if (errors.Count > 0)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rgiem: {errors.Count} error(s) in the records; the register may be incomplete. Run 'rgiem check' for details."));
        }

        return errors.Any(d => d.Id == LoadDescriptors.PathNotFound.Id) ? ExitCodes.Failure
            : errors.Count > 0 ? ExitCodes.Errors
            : ExitCodes.Success;
    }

    /// <summary>A date as the registers print it: YYYY-MM-DD, or empty.</summary>
    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
}
