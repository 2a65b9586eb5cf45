namespace Rgiem.Core.Diagnostics;

/// <summary>RG810x: <c>rgiem delta</c>, the revisions it reads from git.</summary>
public static class DeltaDescriptors
{
    private const string Category = "Delta";

    public static readonly DiagnosticDescriptor RevisionNotFound = new(
        "RG8100", "Git revision not found",
        "Git revision '{0}' was not found ({1}). Give a commit, branch or tag of the repository that holds the file, e.g. --from HEAD~1 or --from main",
        DiagnosticSeverity.Error, Category, Configurable: false);

    public static readonly DiagnosticDescriptor NotInRevision = new(
        "RG8101", "File not in the git revision",
        "'{0}' does not exist at revision '{1}'. Check the file's path and that the revision is after the file was added (git log --follow -- <file>)",
        DiagnosticSeverity.Error, Category, Configurable: false);

    public static readonly DiagnosticDescriptor GitTimedOut = new(
        "RG8102", "Git did not answer in time",
        "git did not answer within {0} s, so the revision could not be read. Run the same git command by hand to see what it waits for (a lock, a network file system)",
        DiagnosticSeverity.Error, Category, Configurable: false);

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = [RevisionNotFound, NotInRevision, GitTimedOut];
}
