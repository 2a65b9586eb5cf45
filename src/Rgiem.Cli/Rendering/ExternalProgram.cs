namespace Rgiem.Cli.Rendering;

/// <summary>
/// Finds a program rgiem runs: the path in an environment variable (<c>RGIEM_SOFFICE</c>, <c>RGIEM_PDFTOPPM</c>)
/// when set, else the first of its names on <c>PATH</c>, else its usual install locations.
/// </summary>
internal static class ExternalProgram
{
    public static string? Find(Func<string, string?> getEnvironmentVariable, string overrideVariable, IReadOnlyList<string> names, IReadOnlyList<string> usualLocations)
    {
        if (getEnvironmentVariable(overrideVariable) is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? configured : null;
        }

        string[] extensions = OperatingSystem.IsWindows() ? [".exe", ".com", string.Empty] : [string.Empty];
        foreach (string directory in (getEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (string name in names)
            {
                foreach (string extension in extensions)
                {
                    string candidate = Path.Combine(directory.Trim('"'), name + extension);
                    if (File.Exists(candidate))
                    {
                        return candidate;
                    }
                }
            }
        }

        return usualLocations.FirstOrDefault(File.Exists);
    }
}
