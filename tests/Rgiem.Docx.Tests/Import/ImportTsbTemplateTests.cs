using Rgiem.Core.Diagnostics;
using Rgiem.Core.Import;
using Rgiem.Docx.Import;
using Rgiem.Testing;

namespace Rgiem.Docx.Tests.Import;

/// <summary>
/// TSB's own templates (../shared/reference/itu-templates): their cover fields come out as their placeholders say, and a
/// template that links to a file outside itself (TSB's LS template names its attached template on the author's disk)
/// is refused as a user template would be.
/// </summary>
public sealed class ImportTsbTemplateTests
{
    [SkippableFact]
    public void The_contribution_template_gives_its_placeholders_as_cover_fields()
    {
        var diagnostics = new DiagnosticBag();
        var record = DocxImporter.Import(Template("itu-t-sg12-contribution-template.docx"), "contribution.docx", "c", diagnostics);
        Assert.NotNull(record);
        var cover = record.Cover;
        Assert.Equal("C", cover.Type);
        Assert.Null(cover.Number);
        Assert.Equal("SG12", cover.Parent);
        Assert.Equal("2025-2028", cover.StudyPeriod);
        Assert.Equal("[Insert source(s)]", cover.Source);
        Assert.Equal("[Insert title (always in ENGLISH)]", cover.Title);
        Assert.StartsWith("[Insert an abstract under 200 words", cover.Abstract, StringComparison.Ordinal);
        Assert.Equal(2, cover.Contacts.Count);
        Assert.Equal(("Insert contact name", "Insert organization", "Insert country"), (cover.Contacts[0].Name, cover.Contacts[0].Organization, cover.Contacts[0].Country));
        var meeting = Assert.Single(diagnostics.ToList(), d => d.Id == ImportDescriptors.CoverValueUnread.Id);
        Assert.Contains("[Place, dd-dd mmm yyyy]", meeting.Message, StringComparison.Ordinal);
        Assert.Contains("# meeting: [Place, dd-dd mmm yyyy]", RecordWriter.Write(record), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void The_liaison_template_is_refused_for_its_attached_template_on_the_authors_disk()
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(DocxImporter.Import(Template("itu-t-sg12-liaison-statement-template.docx"), "ls.docx", "ls", diagnostics));
        Assert.Equal(RenderDescriptors.TemplateExternalRelationship.Id, Assert.Single(diagnostics.ToList()).Id);
    }

    private static string Template(string name)
    {
        string path = Path.Combine(RepoPaths.Reference, "itu-templates", name);
        if (!File.Exists(path))
        {
            Assert.False(ExternalTools.Required, "TSB's template is missing: " + path + " (../shared/reference is required on CI)");
            Skip.If(true, "TSB's template " + path + " is not here (../shared/reference).");
        }

        return path;
    }
}
