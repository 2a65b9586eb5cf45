namespace Rgiem.Testing;

/// <summary>Locations in the repository and beside it (../shared), found from the test assembly.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Rgiem.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Cannot find the repository root (Rgiem.slnx) above " + AppContext.BaseDirectory);
    });

    public static string Root => RootPath.Value;

    public static string Samples => Path.Combine(Root, "samples");

    public static string RgIemSamples => Path.Combine(Samples, "rg-iem");

    /// <summary>
    /// The seed reports in ../shared/seeds: beside the repository on CI and on developer machines, absent from a
    /// fresh clone. Read them through <see cref="RequireSeed"/> so that a clone skips instead of failing.
    /// </summary>
    public static string Seeds => Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds"));

    /// <summary>The seed whose file name is <paramref name="fileName"/>; skips the test when ../shared/seeds is not here (fails under RGIEM_REQUIRE_INTEROP=1).</summary>
    public static string RequireSeed(string fileName) => ExternalTools.RequireOutside(Path.Combine(Seeds, fileName), "The seed report " + fileName + " (../shared/seeds)");

    /// <summary>The folder of the seeds; skips the test when it is not here (fails under RGIEM_REQUIRE_INTEROP=1).</summary>
    public static string RequireSeeds() => ExternalTools.RequireOutside(Seeds, "The seed reports (../shared/seeds)");

    public static string Docs => Path.Combine(Root, "docs");

    /// <summary>
    /// The reference material in ../shared/reference (TSB's templates, itu-t-documents.md): beside the repository,
    /// or beside the folder of a git worktree (worktrees/NAME/../../shared). Present on CI.
    /// </summary>
    public static string Reference
    {
        get
        {
            string beside = Path.GetFullPath(Path.Combine(Root, "..", "shared", "reference"));
            string worktree = Path.GetFullPath(Path.Combine(Root, "..", "..", "shared", "reference"));
            return Directory.Exists(beside) || !Directory.Exists(worktree) ? beside : worktree;
        }
    }
}
