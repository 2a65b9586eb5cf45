using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Validation;

/// <summary>A check over one record, after binding (stage 5). Like a Roslyn analyzer, it declares what it can report.</summary>
public interface IRecordRule
{
    IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; }

    void Analyze(RecordContext context);
}
