namespace Rgiem.Core.Model;

/// <summary>Where an action stands, as a later record says (front matter <c>action-status</c>).</summary>
public enum ActionStatus
{
    /// <summary>The group agreed the action.</summary>
    Agreed,

    /// <summary>The parent body approved it.</summary>
    Approved,

    /// <summary>It has been carried out.</summary>
    Done,
}
