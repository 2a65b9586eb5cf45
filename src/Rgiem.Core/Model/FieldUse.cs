namespace Rgiem.Core.Model;

/// <summary>Whether a document form has a row for a front matter field.</summary>
public enum FieldUse
{
    /// <summary>The form has the row when the field is given; no row when it is absent.</summary>
    Optional,

    /// <summary>The form always has the row: the field must be given.</summary>
    Required,

    /// <summary>The form has no place for the field.</summary>
    NotAllowed,
}
