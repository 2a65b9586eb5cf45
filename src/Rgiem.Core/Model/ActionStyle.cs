namespace Rgiem.Core.Model;

public enum ActionStyle
{
    /// <summary><c>RG-IEM-5: text</c>: a group prefix and a number.</summary>
    Prefixed,

    /// <summary><c>Action 3:&lt;TAB&gt;text</c>.</summary>
    Numbered,
}
