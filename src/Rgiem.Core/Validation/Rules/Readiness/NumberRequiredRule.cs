using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Validation.Rules.Readiness;

/// <summary>
/// RG7005, with <c>--final</c> only: the record has no <c>number</c>. A draft may wait for TSB to assign
/// its number; a submitted document cannot. A number that is written but malformed is RG1011's business.
/// </summary>
internal sealed class NumberRequiredRule : IRecordRule
{
    public IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [ReadinessDescriptors.NumberMissing];

    public void Analyze(RecordContext context)
    {
        if (!context.Options.Final || context.Record.Metadata.Number is not null || IsWritten(context))
        {
            return;
        }

        // Where RG1009 reports missing fields: the front matter's opening '---'.
        ReadinessReporting.Report(context, ReadinessDescriptors.NumberMissing, SourceLocation.At(context.Path, 0, 0, 3));
    }

    /// <summary>
    /// True when the record writes a value for 'number' that was rejected (RG1011 says what is wrong with it).
    /// "number:" with no value, "number: ~" and "number: null" count as missing.
    /// </summary>
    private static bool IsWritten(RecordContext context)
    {
        if (!context.Bound.Values.KeyLocations.TryGetValue("number", out var key) || key.Path != context.Path)
        {
            return false;
        }

        string line = context.Source.GetLineText(key.End.Line);
        string rest = line[Math.Min(key.End.Character, line.Length)..].TrimStart().TrimStart(':').Trim();
        return rest.Length > 0 && rest[0] != '#' && rest is not ("~" or "null" or "Null" or "NULL" or "\"\"" or "''");
    }
}
