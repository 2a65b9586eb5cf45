using System.Diagnostics;
using Rgiem.Cli.Output;
using Rgiem.Core.Build;

namespace Rgiem.Cli.Commands;

/// <summary>What a build tells the user while it runs: the progress line (<see cref="BuildProgress"/>) and the <c>--verbose</c> details.</summary>
internal sealed class BuildNotes(CliContext context, Messages messages) : IBuildProgress, IDisposable
{
    private readonly Stopwatch watch = Stopwatch.StartNew();
    private BuildProgress? line;

    public void Started(int files) =>
        line = new BuildProgress(context.Error, context.Terminal.SupportsProgress, messages.Verbosity != Verbosity.Quiet, files, () => watch.Elapsed);

    public void RecordDone() => line?.RecordDone();

    public void Checked()
    {
        line?.Dispose();
        line = null;
    }

    public void Detail(string message) => messages.Detail(message);

    public bool WantsDetail => messages.IsVerbose;

    public void Dispose() => Checked();
}
