namespace Rgiem.Core.Text;

/// <summary>How a time of day is written.</summary>
public enum TimeStyle
{
    /// <summary>Four digits without a colon, as ITU writes times: <c>1615</c>, <c>0930 hours</c>.</summary>
    Compact,

    /// <summary>Hours and minutes with a colon: <c>16:15</c>, <c>08:15 hours</c>.</summary>
    Colon,
}
