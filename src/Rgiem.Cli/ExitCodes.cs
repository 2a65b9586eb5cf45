namespace Rgiem.Cli;

/// <summary>Process exit codes, as documented in README.md.</summary>
internal static class ExitCodes
{
    /// <summary>No errors (warnings may have been reported).</summary>
    public const int Success = 0;

    /// <summary>Errors were found in the records.</summary>
    public const int Errors = 1;

    /// <summary>Usage error, or rgiem could not run (a missing input path, an internal failure).</summary>
    public const int Failure = 2;
}
