using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace Rgiem.Cli;

/// <summary>Prints rgiem's own version (the entry assembly is not rgiem when hosted, e.g. in tests).</summary>
internal sealed class VersionAction : SynchronousCommandLineAction
{
    public static string Version { get; } =
        typeof(VersionAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(VersionAction).Assembly.GetName().Version?.ToString(3)
        ?? "0.0.0";

    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.WriteLine(Version);
        return ExitCodes.Success;
    }
}
