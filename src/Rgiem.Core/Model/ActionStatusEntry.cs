using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Model;

/// <summary>
/// One entry of <c>action-status</c>: the status of an action of this or an earlier meeting.
/// </summary>
/// <param name="Action">The action's identifier as its meeting wrote it: <c>RG-IEM-4</c> or <c>Action 2</c>.</param>
/// <param name="Of">The document number of the meeting that defined it (<c>TSAG-TD521</c>, <c>DOC5 (230131)</c>), or null.</param>
/// <param name="Status">The status.</param>
/// <param name="Location">Where the entry is written.</param>
public sealed record ActionStatusEntry(string Action, string? Of, ActionStatus Status, SourceLocation Location)
{
    /// <summary>The status as written in the front matter and printed by <c>rgiem actions</c>: agreed, approved, done.</summary>
    public string StatusText => Status.ToString().ToLowerInvariant();
}
