using Rgiem.Core.Diagnostics;
using Rgiem.Core.Import;
using Rgiem.Docx.Import;
using Rgiem.Testing;

namespace Rgiem.Docx.Tests.Import;

/// <summary>
/// TSB's own templates (../shared/reference/itu-templates): their cover fields come out as their placeholders say. TSB's
/// LS template names its attached template on its author's disk: the import reads it without following that link,
/// while building with it as a template still refuses it.
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
    public void The_liaison_template_is_read_without_following_the_link_to_its_attached_template()
    {
        // TSB's LS template names its attached template on its author's disk (settings.xml.rels, TargetMode External):
        // the import reads the document and never opens that link, so it is not refused as a template to build with is.
        var diagnostics = new DiagnosticBag();
        var record = DocxImporter.Import(Template("itu-t-sg12-liaison-statement-template.docx"), "ls.docx", "ls", diagnostics);
        Assert.True(record is not null, string.Join("; ", diagnostics.ToList()));
        Assert.DoesNotContain(diagnostics.ToList(), d => d.Id == RenderDescriptors.TemplateExternalRelationship.Id);
        var cover = record.Cover;
        Assert.Equal("LS", cover.Type);
        Assert.Null(cover.Number);
        Assert.Equal([], cover.Questions);
        Assert.Null(cover.Meeting);
        Assert.Null(cover.Source);
        Assert.Null(cover.Title);
        Assert.Equal([], cover.ForAction);
        Assert.Equal([], cover.ForInformation);
        Assert.Null(cover.Approval);
        Assert.Null(cover.Deadline);
        Assert.Equal(2, cover.Contacts.Count);
        Assert.All(cover.Contacts, c => Assert.Equal(("Name", "Organization", "Country", "+xx", "a@b.com"), (c.Name, c.Organization, c.Country, c.Tel, c.Email)));
        Assert.StartsWith("[Insert an abstract under 200 words", cover.Abstract, StringComparison.Ordinal);
        Assert.DoesNotContain(diagnostics.ToList(), d => d.Severity == DiagnosticSeverity.Error);
    }

    [SkippableFact]
    public void Building_with_the_liaison_template_still_refuses_its_link()
    {
        // build --template: the template's parts are copied into what we write, so its external link is refused (RG8013).
        var result = Rgiem.Docx.Templates.TemplateChecker.Check(Template("itu-t-sg12-liaison-statement-template.docx"), "ls.docx");
        Assert.Contains(result.Diagnostics, d => d.Id == RenderDescriptors.TemplateExternalRelationship.Id);
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
