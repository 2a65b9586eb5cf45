namespace Rgiem.Docx.Writers;

/// <summary>
/// Where the writers put what the main document part refers to by relationship id: hyperlink targets and
/// images. The built-in rendering collects them for its own package writer; a rendering into a Word template
/// adds them to the template's main part through the Open XML SDK.
/// </summary>
internal interface IRelationshipTarget
{
    /// <summary>Whether a part or relationship of the main document part already has this id.</summary>
    bool IsInUse(string id);

    void AddHyperlink(Uri target, string id);

    void AddImage(string contentType, byte[] bytes, string id);
}
