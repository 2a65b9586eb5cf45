using System.Globalization;
using Rgiem.Core.Repository;

namespace Rgiem.Cli.Output;

/// <summary>
/// Prints the document register (<c>rgiem refs</c>): a table with every citation under its document, or JSON
/// (<c>formatVersion</c> 1), or CSV with the columns number, title, source, known, latestKnownRevision,
/// firstRevisionCited, lastRevisionCited, listedIn, citedAt (docs/output-formats.md).
/// </summary>
internal static class DocumentRegisterWriter
{
    public const int FormatVersion = 1;

    public static readonly IReadOnlyList<string> Columns =
        ["number", "title", "source", "known", "latestKnownRevision", "firstRevisionCited", "lastRevisionCited", "listedIn", "citedAt"];

    public static void Write(IReadOnlyList<RegisteredDocument> documents, RegisterFormat format, TextWriter output)
    {
        switch (format)
        {
            case RegisterFormat.Json:
                RegisterOutput.WriteJson(output, FormatVersion, "refs", "documents", documents, (json, document) =>
                {
                    json.WriteString("number", document.Number);
                    json.WriteNullableString("title", document.Title);
                    json.WriteNullableString("source", document.Source);
                    json.WriteBoolean("known", document.Known);
                    WriteNullableNumber(json, "latestKnownRevision", document.LatestKnownRevision);
                    WriteNullableNumber(json, "firstRevisionCited", document.FirstRevisionCited);
                    WriteNullableNumber(json, "lastRevisionCited", document.LastRevisionCited);
                    json.WriteStartArray("listedIn");
                    foreach (string path in document.ListedIn)
                    {
                        json.WriteStringValue(path);
                    }

                    json.WriteEndArray();
                    json.WriteStartArray("citations");
                    foreach (var citation in document.Citations)
                    {
                        json.WriteStartObject();
                        json.WriteString("path", citation.Path);
                        json.WriteNumber("line", citation.Line);
                        json.WriteNumber("column", citation.Column);
                        json.WriteString("text", citation.Text);
                        WriteNullableNumber(json, "revision", citation.Revision);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                });
                break;

            case RegisterFormat.Csv:
                RegisterOutput.WriteCsv(output, Columns, documents, document =>
                [
                    document.Number, document.Title, document.Source, document.Known ? "true" : "false",
                    Number(document.LatestKnownRevision), Number(document.FirstRevisionCited), Number(document.LastRevisionCited),
                    string.Join("; ", document.ListedIn),
                    string.Join("; ", document.Citations.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Path}:{c.Line}:{c.Column}"))),
                ]);
                break;

            default:
                WriteTable(documents, output);
                break;
        }
    }

    private static void WriteTable(IReadOnlyList<RegisteredDocument> documents, TextWriter output)
    {
        var headers = new[] { "NUMBER", "CITED", "REVISIONS", "KNOWN", "TITLE" };
        var rows = documents.Select(d => (IReadOnlyList<string>)
        [
            d.Number,
            d.Citations.Count.ToString(CultureInfo.InvariantCulture),
            Revisions(d),
            d.Known ? "yes" : "no",
            d.Title ?? string.Empty,
        ]).ToList();

        // The table, with each document's citations on the lines under it.
        using var table = new StringWriter(CultureInfo.InvariantCulture);
        TextTable.Write(table, headers, rows);
        var lines = table.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        output.WriteLine(lines[0].TrimEnd('\r'));
        for (int i = 0; i < documents.Count; i++)
        {
            output.WriteLine(lines[i + 1].TrimEnd('\r'));
            foreach (var citation in documents[i].Citations)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {citation.Path}({citation.Line},{citation.Column}): {citation.Text}"));
            }
        }

        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"refs: {documents.Count} document(s), {documents.Count(d => d.IsCited)} cited, {documents.Count(d => d.IsUnused)} unused, {documents.Count(d => d.IsUnknown)} unknown"));
    }

    /// <summary>"R2", "original", "original-R2", "R1-R3"; "-" when not cited or a meeting document.</summary>
    private static string Revisions(RegisteredDocument document)
    {
        if (document.FirstRevisionCited is not { } first || document.LastRevisionCited is not { } last)
        {
            return "-";
        }

        return first == last ? Revision(first) : Revision(first) + "-" + Revision(last);

        static string Revision(int r) => r == 0 ? "original" : string.Create(CultureInfo.InvariantCulture, $"R{r}");
    }

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static void WriteNullableNumber(System.Text.Json.Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
