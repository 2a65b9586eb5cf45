using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Import;
using Rgiem.Docx.Templates;

namespace Rgiem.Docx.Import;

/// <summary>
/// <c>rgiem import</c>'s reader: a Word document (.docx) → an <see cref="ImportedRecord"/>. The file is first vetted
/// exactly as a user template is (<see cref="TemplateLoader"/>: file and zip limits that stop a zip bomb while it is
/// decompressed, a real WordprocessingML package, no macros, no external or embedded content, no fields that read
/// other files), with the same diagnostics (RG8010–RG8027); only then does the Open XML SDK read it, from memory.
/// Then <see cref="CoverReader"/> reads the cover and <see cref="BodyReader"/> the body. Time is linear in the
/// document's size.
/// </summary>
public static class DocxImporter
{
    /// <param name="path">The .docx file.</param>
    /// <param name="displayName">How messages name it.</param>
    /// <param name="imageStem">The start of the names of the pictures extracted (<c>report</c> → <c>report-1.png</c>).</param>
    public static ImportedRecord? Import(string path, string displayName, string imageStem, DiagnosticBag diagnostics)
    {
        var location = SourceLocation.FileOnly(displayName);
        var file = TemplateLoader.Load(path, displayName, location, diagnostics, readOnly: true);
        if (file is null)
        {
            return null;
        }

        try
        {
            using var stream = file.OpenPackage();
            using var document = WordprocessingDocument.Open(stream, false);
            if (document.MainDocumentPart is not { } main || main.Document?.Body is not { } documentBody)
            {
                diagnostics.Add(RenderDescriptors.TemplateNotOoxml, location, displayName, "it has no document body");
                return null;
            }

            var context = new ImportContext(main, displayName, imageStem, diagnostics);
            var elements = documentBody.ChildElements.ToList();
            var body = new BodyReader(context);
            var (cover, start) = new CoverReader(context, body).Read(elements);
            var blocks = body.Read(elements.Skip(start));
            cover = cover with
            {
                Group = cover.Group ?? GroupName.Find(cover, blocks),
                Toc = context.HasToc && !blocks.OfType<Core.Model.TocDirectiveBlock>().Any(),
                TocTitle = context.HasToc && context.TocTitle is { Length: > 0 } title && !string.Equals(title, "Contents", StringComparison.Ordinal) ? title : null,
                SuggestedSessions = MeetingFacts.Sessions(blocks, cover.Meeting),
                SuggestedDocuments = MeetingFacts.Documents(blocks),
            };
            if (cover.SuggestedSessions.Count > 0 || cover.SuggestedDocuments.Count > 0)
            {
                diagnostics.Add(ImportDescriptors.MeetingFactsSuggested, location, displayName, cover.SuggestedSessions.Count, cover.SuggestedDocuments.Count);
            }

            if (context.TrackedChanges > 0)
            {
                diagnostics.Add(ImportDescriptors.TrackedChanges, location, displayName, context.TrackedChanges);
            }

            return new ImportedRecord(cover, blocks, context.Images);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or XmlException or IOException or InvalidOperationException)
        {
            diagnostics.Add(RenderDescriptors.TemplateNotOoxml, location, displayName, "the Open XML SDK cannot read it (" + ex.Message.TrimEnd('.') + ")");
            return null;
        }
    }
}
