using Rgiem.Core.Binding;

namespace Rgiem.Core.Compilation;

/// <summary>
/// Renders a record as soon as its own checks have passed, while the other records are still being read, so that a
/// build holds rendered documents (a few KB each) instead of every record's syntax until the checks across records
/// are done. Called in parallel, for records other than progress reports (whose annex needs all the meetings) that
/// have no error so far. Returns null to leave the record to <see cref="OutputWriter"/> (the build cache may have
/// its output already). The document is written only if the checks across records add no error.
/// </summary>
public delegate RenderResult? EarlyRender(string fullPath, string displayPath, BoundRecord bound);
