namespace Rgiem.Core.Build;

/// <summary>
/// Keeps a build's memory close to what it holds: after every <see cref="Budget"/> bytes allocated while the records
/// are read, checked and rendered, a blocking collection of the youngest generation. Left to itself the runtime lets
/// that generation grow to a budget taken from the processor's cache size (tens of MB on a server CPU), and under load,
/// while its background collections wait for a core, the heap grows further: all of it garbage (syntax trees, XML
/// buffers) that a young collection, which only copies what survives, frees in about a millisecond. The runtime's
/// minimum budget is only read from an environment variable (<c>DOTNET_GCgen0size</c>), which a tool cannot set for
/// itself; its maximum (<c>System.GC.Gen0MaxBudget</c>) can be set in the project, but an 8 MB one made a clean build
/// fault more without lowering its CPU. docs/performance.md has the figures ("The garbage collector's settings").
/// </summary>
public sealed class AllocationPacer
{
    /// <summary>Bytes allocated (by all threads) between two collections: 16 MB (8 MB cost 10 % more CPU for little less memory).</summary>
    public const long Budget = 16L << 20;

    private long next = GC.GetTotalAllocatedBytes() + Budget;

    /// <summary>
    /// Bytes allocated that will outlive the records' processing (a record's summary and diagnostics decoded from the
    /// build cache): not counted against the budget, since a young collection would only copy them to an older
    /// generation. Without this, a build that reuses the checks of 5,000 records collected a hundred times for nothing
    /// (a fifth of the CPU of a one-edit build). Called from any thread.
    /// </summary>
    public void Exempt(long bytes) => Interlocked.Add(ref next, bytes);

    /// <summary>
    /// Starts a new budget from what is allocated now, without collecting: for a point where what was allocated since
    /// the last record is kept to the end of the build (the diagnostics of the checks across records, the render keys),
    /// so that a collection now would only copy it to an older generation. A one-edit build of 5,000 records collected
    /// once at the first output for nothing but that.
    /// </summary>
    public void Restart() => Interlocked.Exchange(ref next, GC.GetTotalAllocatedBytes() + Budget);

    /// <summary>Called after each record (from any thread): collects the youngest generation when the budget is spent.</summary>
    public void Tick()
    {
        long limit = Interlocked.Read(ref next);
        long allocated = GC.GetTotalAllocatedBytes();
        if (allocated >= limit && Interlocked.CompareExchange(ref next, allocated + Budget, limit) == limit)
        {
            GC.Collect(0, GCCollectionMode.Forced, blocking: true);
        }
    }
}
