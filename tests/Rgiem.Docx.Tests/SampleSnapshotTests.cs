using System.Xml.Linq;
using Rgiem.Testing;

namespace Rgiem.Docx.Tests;

/// <summary>
/// The XML parts of each sample, pretty-printed, against reviewed snapshots in __snapshots__. Zip bytes are
/// never snapshotted: the parts are what a reviewer can read and what Word interprets.
/// </summary>
public class SampleSnapshotTests
{
    [Theory]
    [MemberData(nameof(SampleDocuments.Names), MemberType = typeof(SampleDocuments))]
    public void Document_xml(string name) => Snapshot.Match(Normalize(Open(name).Document), name + ".document.xml");

    [Theory]
    [MemberData(nameof(SampleDocuments.Names), MemberType = typeof(SampleDocuments))]
    public void Styles_xml(string name) => Snapshot.Match(Normalize(Open(name).Styles), name + ".styles.xml");

    [Theory]
    [MemberData(nameof(SampleDocuments.Names), MemberType = typeof(SampleDocuments))]
    public void Numbering_xml(string name) => Snapshot.Match(Normalize(Open(name).Numbering), name + ".numbering.xml");

    [Theory]
    [MemberData(nameof(SampleDocuments.Names), MemberType = typeof(SampleDocuments))]
    public void Default_header_xml(string name) => Snapshot.Match(Normalize(Open(name).DefaultHeader), name + ".header-default.xml");

    [Theory]
    [MemberData(nameof(SampleDocuments.Names), MemberType = typeof(SampleDocuments))]
    public void First_page_header_xml(string name) => Snapshot.Match(Normalize(Open(name).FirstHeader), name + ".header-first.xml");

    [Theory]
    [MemberData(nameof(SampleDocuments.Names), MemberType = typeof(SampleDocuments))]
    public void Core_properties_xml(string name) => Snapshot.Match(Normalize(Open(name).Core), name + ".core.xml");

    private static DocxPackage Open(string name) => DocxPackage.Open(SampleDocuments.Get(name).Docx);

    /// <summary>The part as XDocument.Parse(xml).ToString() prints it: indented, no declaration.</summary>
    private static string Normalize(XDocument part) => XDocument.Parse(part.ToString(SaveOptions.DisableFormatting)).ToString() + "\n";
}
