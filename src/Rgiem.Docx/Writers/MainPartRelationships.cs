using DocumentFormat.OpenXml.Packaging;

namespace Rgiem.Docx.Writers;

/// <summary>The relationships of a user template's main document part, held by the Open XML SDK.</summary>
internal sealed class MainPartRelationships(MainDocumentPart main) : IRelationshipTarget
{
    public bool IsInUse(string id) =>
        main.Parts.Any(p => p.RelationshipId == id) || main.HyperlinkRelationships.Any(h => h.Id == id) || main.ExternalRelationships.Any(r => r.Id == id);

    public void AddHyperlink(Uri target, string id) => main.AddHyperlinkRelationship(target, isExternal: true, id);

    public void AddImage(string contentType, byte[] bytes, string id)
    {
        var part = main.AddNewPart<ImagePart>(contentType, id);
        using var stream = new MemoryStream(bytes, writable: false);
        part.FeedData(stream);
    }
}
