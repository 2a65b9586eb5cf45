using System.Text;
using System.Text.Json;
using Rgiem.Core.Repository;

namespace Rgiem.Cli.Output;

/// <summary>
/// The machine formats shared by the registers (<c>rgiem actions</c>, <c>rgiem refs</c>): one JSON envelope
/// (<c>formatVersion</c>, tool, version, command, then the array of entries) and RFC 4180 CSV with a header row,
/// whose cells are neutralised against formula injection (OWASP "CSV Injection"): a cell that starts with
/// <c>= + - @</c>, a tab or a carriage return gets a leading apostrophe, so a spreadsheet shows it as text.
/// </summary>
internal static class RegisterOutput
{
    public static void WriteJson<T>(TextWriter output, int formatVersion, string command, string arrayName, IEnumerable<T> entries, Action<Utf8JsonWriter, T> writeEntry) =>
        JsonOutput.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("formatVersion", formatVersion);
            json.WriteString("tool", ToolInfo.Name);
            json.WriteString("version", ToolInfo.Version);
            json.WriteString("command", command);
            json.WriteStartArray(arrayName);
            foreach (var entry in entries)
            {
                json.WriteStartObject();
                writeEntry(json, entry);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });

    public static void WriteCsv<T>(TextWriter output, IReadOnlyList<string> columns, IEnumerable<T> entries, Func<T, IReadOnlyList<string?>> row)
    {
        var csv = new StringBuilder();
        RegistryExport.AppendCsvRow(csv, [.. columns]);
        foreach (var entry in entries)
        {
            RegistryExport.AppendCsvRow(csv, [.. row(entry).Select(Neutralise)]);
        }

        output.Write(csv.ToString());
    }

    /// <summary>A cell a spreadsheet would read as a formula (or a DDE command), made text with a leading apostrophe.</summary>
    internal static string? Neutralise(string? cell) =>
        cell is { Length: > 0 } && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + cell : cell;
}
