using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Model;

/// <summary>One entry of <c>covers.files</c>: a record path or a glob, relative to the progress report, and where it is written.</summary>
public sealed record CoverPattern(string Pattern, SourceLocation Location)
{
    /// <summary>True when the pattern holds a wildcard (<c>*</c>, <c>?</c>); else it names one file.</summary>
    public bool IsGlob => Pattern.AsSpan().IndexOfAny('*', '?') >= 0;
}
