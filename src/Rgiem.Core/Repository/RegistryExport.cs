using System.Globalization;
using System.Text;

using Rgiem.Core.Import;

namespace Rgiem.Core.Repository;

/// <summary>
/// Writes the document register as the registry file <c>rgiem check</c> reads (docs/document-registry.md):
/// <c>documents.yaml</c> or <c>documents.csv</c>, one entry per document with its title, source and latest
/// revision (the latest known or cited, whichever is later), so that the citations of today are known tomorrow.
/// </summary>
public static class RegistryExport
{
    /// <summary>A <c>documents.yaml</c>: a list of mappings, every text double-quoted.</summary>
    public static string Yaml(IReadOnlyList<RegisteredDocument> documents)
    {
        var text = new StringBuilder();
        text.Append("# Document registry written by 'rgiem refs --export'; see docs/document-registry.md.\n");
        if (documents.Count == 0)
        {
            text.Append("[]\n");
        }

        foreach (var document in documents)
        {
            text.Append("- number: ").Append(YamlText.DoubleQuoted(document.Number)).Append('\n');
            if (document.Title is { } title)
            {
                text.Append("  title: ").Append(YamlText.DoubleQuoted(title)).Append('\n');
            }

            if (document.Source is { } source)
            {
                text.Append("  source: ").Append(YamlText.DoubleQuoted(source)).Append('\n');
            }

            if (Revision(document) is { } revision)
            {
                text.Append("  revision: ").Append(revision.ToString(CultureInfo.InvariantCulture)).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>A <c>documents.csv</c>: the header <c>number,title,source,revision</c>, then one row per document (RFC 4180).</summary>
    public static string Csv(IReadOnlyList<RegisteredDocument> documents)
    {
        var csv = new StringBuilder();
        AppendCsvRow(csv, ["number", "title", "source", "revision"]);
        foreach (var document in documents)
        {
            AppendCsvRow(csv, [document.Number, document.Title, document.Source, Revision(document)?.ToString(CultureInfo.InvariantCulture)]);
        }

        return csv.ToString();
    }

    /// <summary>Appends one RFC 4180 record: fields with a comma, a quote or a line break quoted, quotes doubled, CRLF at the end.</summary>
    public static void AppendCsvRow(StringBuilder csv, IReadOnlyList<string?> fields)
    {
        for (int i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }

            string field = fields[i] ?? string.Empty;
            if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                csv.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                csv.Append(field);
            }
        }

        csv.Append("\r\n");
    }

    /// <summary>The revision to record: the latest known or cited; null for the original or a meeting document.</summary>
    private static int? Revision(RegisteredDocument document)
    {
        int latest = Math.Max(document.LatestKnownRevision ?? 0, document.LastRevisionCited ?? 0);
        return document.IsMeetingDocument || latest == 0 ? null : latest;
    }
}
