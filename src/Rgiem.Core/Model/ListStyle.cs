namespace Rgiem.Core.Model;

/// <summary>How the items of a list are marked.</summary>
public enum ListStyle
{
    /// <summary><c>-</c> and <c>*</c> lists: round bullets; <c>1.</c> lists: Word numbering "1.".</summary>
    Default,

    /// <summary>ITU dash lists (<c>+</c> items): "–" and a tab, in <c>enumlev1</c> (<c>enumlev2</c> nested).</summary>
    Dash,

    /// <summary>ITU numbered items (<c>1)</c> items): "1)" and a tab, "a)" nested, in <c>enumlev1</c>/<c>enumlev2</c>.</summary>
    Itu,
}
