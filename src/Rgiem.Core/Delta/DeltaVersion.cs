using Rgiem.Core.Model;

namespace Rgiem.Core.Delta;

/// <summary>
/// One side of a delta: the bound text and whether it is a record (front matter and so a cover page) or plain
/// Markdown (a body only). <see cref="Text"/> is the Markdown as read, for <c>--format md</c>.
/// </summary>
public sealed record DeltaVersion(MeetingRecord Record, bool IsRecord, string Text);
