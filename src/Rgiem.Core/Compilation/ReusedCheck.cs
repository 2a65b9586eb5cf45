using Rgiem.Core.Binding;
using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Compilation;

/// <summary>
/// A record's own checks, from the build cache: its summary and the diagnostics of its own stages (before the checks
/// across records, its suppressions and the severities of the project), as a build that read it would have them.
/// </summary>
public sealed record ReusedCheck(BoundRecord Summary, IReadOnlyList<Diagnostic> Diagnostics);
