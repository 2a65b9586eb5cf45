using System.CommandLine;
using System.CommandLine.Invocation;
using Rgiem.Cli.Output;

namespace Rgiem.Cli;

/// <summary>
/// Prints rgiem's own version (the entry assembly is not rgiem when hosted, e.g. in tests) with the git commit it
/// was built from, as the SDK stamps it into the informational version (SemVer build metadata, <c>0.1.0+1a2b…</c>;
/// just <c>0.1.0</c> when built outside a git checkout).
/// </summary>
internal sealed class VersionAction : SynchronousCommandLineAction
{
    public static string Version => ToolInfo.Commit is { } commit ? ToolInfo.Version + "+" + commit : ToolInfo.Version;

    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.WriteLine(Version);
        return ExitCodes.Success;
    }
}
