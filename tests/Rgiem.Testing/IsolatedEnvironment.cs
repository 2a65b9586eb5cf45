using System.Collections;

namespace Rgiem.Testing;

/// <summary>
/// Environment variables for a child process (dotnet tool, git, LibreOffice…) that must not read or write the
/// user's own settings and caches: HOME, DOTNET_CLI_HOME (where dotnet keeps its tool resolver cache and
/// first-run sentinels), the XDG folders and the temporary folder all point into <paramref name="folder"/>, git
/// reads no global or system configuration, and the MSBuild and VSTest variables of the test host are removed
/// (they would point a child build at this build's MSBuild).
/// </summary>
public static class IsolatedEnvironment
{
    /// <summary>The user's NuGet package folder (NUGET_PACKAGES, else ~/.nuget/packages), read before HOME is replaced.</summary>
    public static string UserNuGetPackages =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } packages
            ? packages
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    /// <param name="folder">Where the private HOME, DOTNET_CLI_HOME, XDG and temporary folders are made.</param>
    /// <param name="nugetPackages">The NuGet package folder the child uses (a private one, or <see cref="UserNuGetPackages"/> for an offline restore from what the test build restored).</param>
    public static Dictionary<string, string?> Create(string folder, string nugetPackages)
    {
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            string name = (string)entry.Key;
            if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
            {
                environment[name] = null;
            }
        }

        string Folder(string name) => Directory.CreateDirectory(Path.Combine(folder, name)).FullName;
        string home = Folder("home");
        environment["HOME"] = home;
        environment["USERPROFILE"] = home;
        environment["DOTNET_CLI_HOME"] = Folder("dotnet-home");
        environment["XDG_CONFIG_HOME"] = Folder("home/.config");
        environment["XDG_CACHE_HOME"] = Folder("home/.cache");
        environment["XDG_DATA_HOME"] = Folder("home/.local/share");
        environment["TMPDIR"] = Folder("tmp");
        environment["TMP"] = environment["TMPDIR"];
        environment["TEMP"] = environment["TMPDIR"];
        environment["NUGET_PACKAGES"] = nugetPackages;
        environment["GIT_CONFIG_NOSYSTEM"] = "1";
        environment["GIT_CONFIG_GLOBAL"] = Path.Combine(home, ".gitconfig");
        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_NOLOGO"] = "1";
        environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        return environment;
    }
}
