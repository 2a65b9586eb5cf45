using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Rgiem.Docx.Templates;

/// <summary>
/// A table row that holds contact placeholders (<c>contact.name</c>, <c>contact.email</c>…, as content controls or
/// markers) is repeated for each contact of the record, and each copy is filled with its contact's values.
/// </summary>
internal static class ContactRows
{
    /// <summary>The rows under <paramref name="root"/> that hold a contact placeholder.</summary>
    public static List<TableRow> Scan(OpenXmlElement root) =>
        root.Descendants<TableRow>().Where(row => ContentControlSyntax.Names(row).Concat(MarkerSyntax.Names(row)).Any(Placeholders.IsContact)).ToList();

    public static void Fill(PlaceholderFiller filler, OpenXmlElement root, string part)
    {
        foreach (var row in Scan(root))
        {
            Repeat(filler, row, part);
        }
    }

    private static void Repeat(PlaceholderFiller filler, TableRow row, string part)
    {
        int count = filler.Content.Metadata.Contacts.Count;
        var rows = new List<TableRow> { row };
        OpenXmlElement last = row;
        for (int i = 1; i < count; i++)
        {
            var copy = (TableRow)row.CloneNode(true);
            last.InsertAfterSelf(copy);
            last = copy;
            rows.Add(copy);
        }

        for (int i = 0; i < rows.Count; i++)
        {
            ContentControlSyntax.Fill(filler, rows[i], part, i);
            MarkerSyntax.Fill(filler, rows[i], part, i);
        }
    }
}
