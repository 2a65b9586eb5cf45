namespace Rgiem.Core.Model;

public enum ColumnAlignment
{
    Default,
    Left,
    Center,
    Right,
}
