using System.Diagnostics;
using System.Runtime.InteropServices;
using Rgiem.Cli.Output;
using Rgiem.Testing;

namespace Rgiem.Cli.Tests;

/// <summary>
/// The folder of tool packages the install tests install from, made once for all of them: the one named by
/// RGIEM_TOOL_FEED (<c>.ci/run</c> packs it once with scripts/pack-tool.sh, so that CI pays for one NativeAOT build),
/// else a temporary folder scripts/pack-tool.sh packs now: the pointer package, the NativeAOT
/// <c>Rgiem.Tool.linux-x64</c> where it can be built (Linux x64 with clang; a few minutes) and the
/// framework-dependent <c>Rgiem.Tool.any</c>. The pack restores offline from the package cache the test build
/// filled, under a HOME and DOTNET_CLI_HOME of its own.
/// </summary>
public sealed class ToolPackageFeed : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly Lazy<string> feed;

    public ToolPackageFeed()
    {
        feed = new Lazy<string>(Make, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>What the pack printed, or where the feed came from.</summary>
    public string Log { get; private set; } = string.Empty;

    /// <summary>The folder holding the Rgiem.Tool packages.</summary>
    public string Folder => feed.Value;

    /// <summary>True when a NativeAOT package can be built here: Linux x64 with clang on the PATH (never under RGIEM_INTEROP=off).</summary>
    public static bool CanBuildNative =>
        OperatingSystem.IsLinux() && RuntimeInformation.OSArchitecture == Architecture.X64 && ExternalTools.OnPath("clang") is not null;

    /// <summary>The platforms with a framework-dependent ReadyToRun package (scripts/pack-tool.sh), in the pointer's order.</summary>
    public static readonly string[] ReadyToRunRids = ["linux-arm64", "osx-arm64", "osx-x64", "win-x64"];

    /// <summary>The runtime identifiers the pointer package's DotnetToolSettings.xml names, in its order.</summary>
    public static string[] NamedRids(string pointer)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(pointer);
        var entry = zip.Entries.Single(e => e.FullName.EndsWith("DotnetToolSettings.xml", StringComparison.Ordinal));
        using var stream = entry.Open();
        return System.Xml.Linq.XDocument.Load(stream).Descendants()
            .Where(e => e.Name.LocalName == "RuntimeIdentifierPackage")
            .Select(e => (string?)e.Attribute("RuntimeIdentifier") ?? string.Empty)
            .ToArray();
    }

    /// <summary>The .dll files of a package, by file name, with their bytes.</summary>
    public static Dictionary<string, byte[]> Assemblies(string package)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(package);
        var assemblies = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)))
        {
            using var stream = entry.Open();
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            assemblies[entry.Name] = bytes.ToArray();
        }

        return assemblies;
    }

    /// <summary>True when a managed assembly carries ReadyToRun code (its CLI header points at a native header).</summary>
    public static bool IsReadyToRun(byte[] image)
    {
        using var reader = new System.Reflection.PortableExecutable.PEReader(new MemoryStream(image, writable: false));
        return reader.PEHeaders.CorHeader is { } header && header.ManagedNativeHeaderDirectory.Size > 0;
    }

    public string Package(string suffix) => Path.Combine(Folder, $"Rgiem.Tool{suffix}.{ToolInfo.Version}.nupkg");

    /// <summary>A nuget.config whose only source is the feed.</summary>
    public string WriteConfig(TempFolder into) => into.Write("nuget.config", $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
            <add key="local" value="{Folder}" />
          </packageSources>
        </configuration>
        """);

    public void Dispose() => folder.Dispose();

    private string Make()
    {
        if (Environment.GetEnvironmentVariable("RGIEM_TOOL_FEED") is { Length: > 0 } given)
        {
            string full = Path.GetFullPath(given);
            Log = $"feed: RGIEM_TOOL_FEED={full}";
            return File.Exists(Path.Combine(full, $"Rgiem.Tool.{ToolInfo.Version}.nupkg"))
                ? full
                : throw new InvalidOperationException($"RGIEM_TOOL_FEED={full} holds no Rgiem.Tool.{ToolInfo.Version}.nupkg; run scripts/pack-tool.sh {full}");
        }

        string output = folder.Combine("feed");
        var environment = ToolEnvironment.Create(folder.Combine("pack"), IsolatedEnvironment.UserNuGetPackages);
        environment["RGIEM_PACK_AOT"] = CanBuildNative ? "1" : "0";
        // One ReadyToRun package holds the recipe of all four (as in .ci/run); RGIEM_PACK_R2R=1 asks for all of them.
        environment["RGIEM_PACK_R2R"] = Environment.GetEnvironmentVariable("RGIEM_PACK_R2R") is { Length: > 0 } r2r ? r2r : "win-x64";
        environment["RGIEM_PACK_ARGS"] = "--artifacts-path " + folder.Combine("artifacts");
        var watch = Stopwatch.StartNew();
        var (code, stdout, stderr) = ExternalTools.Run("bash", [Path.Combine(RepoPaths.Root, "scripts", "pack-tool.sh"), output], RepoPaths.Root, 30 * 60, environment: environment);
        Log = $"scripts/pack-tool.sh ({watch.Elapsed.TotalSeconds:F0} s, native: {CanBuildNative}):\n{stdout}\n{(stderr.Length > 3000 ? "…" + stderr[^3000..] : stderr)}";
        return code == 0 ? output : throw new InvalidOperationException($"scripts/pack-tool.sh exited with {code}\n{Log}");
    }
}
