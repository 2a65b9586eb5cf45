namespace Rgiem.Core.Repository;

/// <summary>One line of the action register (<c>rgiem actions</c>).</summary>
/// <param name="Id">The identifier as its meeting wrote it: <c>RG-IEM-1</c>, <c>Action 2</c>.</param>
/// <param name="Meeting">What names the meeting: its document number, else its report's number, else its file name.</param>
/// <param name="Date">The meeting's first day, or null.</param>
/// <param name="Target">The body the action is addressed to (see <see cref="ActionTargets"/>).</param>
/// <param name="Text">The action's text after the label, white space collapsed.</param>
/// <param name="Status">agreed, approved or done from the latest record that gives one; null when none does.</param>
/// <param name="StatusSetIn">The display path of the record that gave <paramref name="Status"/>.</param>
/// <param name="Group">The group of the meeting.</param>
/// <param name="Path">The display path of the file the action is written in.</param>
/// <param name="Line">Its one-based line.</param>
public sealed record RegisteredAction(
    string Id,
    string Meeting,
    DateOnly? Date,
    string Target,
    string Text,
    string? Status,
    string? StatusSetIn,
    string? Group,
    string Path,
    int Line);
