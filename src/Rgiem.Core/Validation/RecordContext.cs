using Rgiem.Core.Binding;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Model;
using Rgiem.Core.Text;

namespace Rgiem.Core.Validation;

/// <summary>One record as the rules see it, with a sink for their diagnostics.</summary>
public sealed class RecordContext(BoundRecord bound, CheckOptions options, DiagnosticBag diagnostics)
{
    private IReadOnlyList<ProseSegment>? prose;

    public BoundRecord Bound => bound;

    public MeetingRecord Record => bound.Record;

    public SourceMap Map => bound.Map;

    public SourceText Source => bound.Source;

    public CheckOptions Options => options;

    public string Path => bound.Source.Path;

    /// <summary>Every piece of prose of the record (<see cref="ProseScanner.Collect"/>), collected once and shared by the rules.</summary>
    public IReadOnlyList<ProseSegment> Prose => prose ??= ProseScanner.Collect(bound);

    public void Report(DiagnosticDescriptor descriptor, SourceLocation location, params object?[] args) =>
        diagnostics.Add(descriptor, location, args);
}
