using System.Reflection;
using Rgiem.Core.Diagnostics;

namespace Rgiem.Cli.Output;

/// <summary>What the machine-readable formats say about rgiem itself: name, version and where its documentation lives.</summary>
internal static class ToolInfo
{
    public const string Name = "rgiem";

    private static readonly Assembly Assembly = typeof(ToolInfo).Assembly;

    /// <summary>The product version, without build metadata (<c>0.1.0</c>, not <c>0.1.0+3f2a…</c>).</summary>
    public static string Version { get; } = ReadVersion();

    /// <summary>
    /// The git commit rgiem was built from (the SourceRevisionId the SDK puts after '+' in the informational
    /// version), or null when it was built outside a git checkout.
    /// </summary>
    public static string? Commit { get; } = ReadCommit();

    /// <summary>Where rgiem is published when the build names no repository: its package on NuGet.</summary>
    public const string PackageUri = "https://www.nuget.org/packages/Rgiem.Tool";

    /// <summary>The project's home page: the RepositoryUrl MSBuild property, else <see cref="PackageUri"/>.</summary>
    public static string InformationUri => RepositoryUri ?? PackageUri;

    /// <summary>The project's repository (the RepositoryUrl MSBuild property), or null when the build names none.</summary>
    public static string? RepositoryUri { get; } = ReadRepositoryUrl();

    /// <summary>The documentation of one diagnostic in the repository: <c>docs/diagnostics.md#rg7001</c>.</summary>
    public static string HelpPath(DiagnosticDescriptor descriptor) => "docs/diagnostics.md#" + descriptor.HelpAnchor;

    /// <summary>The documentation of one diagnostic as an absolute URI (<c>…/blob/main/docs/diagnostics.md#rg7001</c>), when the repository is known.</summary>
    public static string? HelpUri(DiagnosticDescriptor descriptor) =>
        RepositoryUri is null ? null : RepositoryUri + "/blob/main/" + HelpPath(descriptor);

    private static string ReadVersion()
    {
        string? version = Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? Assembly.GetName().Version?.ToString(3);
        if (string.IsNullOrEmpty(version))
        {
            return "0.0.0";
        }

        int plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus >= 0 ? version[..plus] : version;
    }

    private static string? ReadCommit()
    {
        string? version = Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        int plus = version?.IndexOf('+', StringComparison.Ordinal) ?? -1;
        string? commit = plus >= 0 ? version![(plus + 1)..] : null;
        return commit is { Length: >= 7 } && commit.All(char.IsAsciiHexDigit) ? commit.ToLowerInvariant() : null;
    }

    private static string? ReadRepositoryUrl()
    {
        foreach (var metadata in Assembly.GetCustomAttributes<AssemblyMetadataAttribute>())
        {
            if (metadata.Key == "RepositoryUrl" && Uri.TryCreate(metadata.Value, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http")
            {
                return metadata.Value!.TrimEnd('/');
            }
        }

        return null;
    }
}
