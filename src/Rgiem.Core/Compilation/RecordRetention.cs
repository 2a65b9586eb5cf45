namespace Rgiem.Core.Compilation;

/// <summary>
/// What a compilation keeps of each record once its own checks ran (<see cref="CompilationOptions.Keep"/>). Every
/// record alive at once is memory the collector marks and copies: a check of thousands of records keeps the least.
/// </summary>
public enum RecordRetention
{
    /// <summary>The whole bound record: for commands that read the bodies afterwards (the registers, <c>check --fix</c>, import).</summary>
    Whole,

    /// <summary>
    /// Its summary (<see cref="Binding.BoundRecord.ToSummary"/>): what the build cache stores and the checks across
    /// records read; for <c>build</c>.
    /// </summary>
    Summary,

    /// <summary>
    /// Only its facts (<see cref="Binding.BoundRecord.FactsOnly"/>), all the checks across records read: for
    /// <c>check</c>, which writes no cache entry and renders nothing.
    /// </summary>
    Facts,
}
