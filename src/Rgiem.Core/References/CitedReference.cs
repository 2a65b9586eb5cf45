using Rgiem.Core.Diagnostics;
using Rgiem.Core.Validation;

namespace Rgiem.Core.References;

/// <summary>A reference found in a record's prose: where, what was written, and what it resolves to.</summary>
/// <param name="Segment">The piece of prose it was found in.</param>
/// <param name="Reference">The reference, with offsets into <see cref="ProseSegment.Text"/>.</param>
/// <param name="Resolution">The resolution against the record's known documents; null when malformed.</param>
public sealed record CitedReference(ProseSegment Segment, DocumentReference Reference, ResolvedReference? Resolution)
{
    /// <summary>The file span of the number as written.</summary>
    public SourceLocation Location => Segment.Locate(Reference.Offset, Reference.Length);

    /// <summary>The file span of the whole token, glued letters included.</summary>
    public SourceLocation TokenLocation => Segment.Locate(Reference.TokenOffset, Reference.TokenLength);
}
