using Rgiem.Core.Text;

namespace Rgiem.Core.Validation;

/// <summary>A date written in prose and the piece of prose it is in (for its file position).</summary>
public sealed record ProseDate(ProseSegment Segment, DateMention Date);
