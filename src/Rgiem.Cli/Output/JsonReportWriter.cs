using System.Text.Json;
using Rgiem.Core.Diagnostics;

namespace Rgiem.Cli.Output;

/// <summary>
/// <c>--format json</c>: one JSON document on standard output, in the shape documented in
/// docs/output-formats.md (<c>formatVersion</c> 1). Properties are only ever added to this shape; the
/// "wrote …" lines go to standard error (none with <c>--quiet</c>; the document is the same).
/// </summary>
internal sealed class JsonReportWriter(Verbosity verbosity = Verbosity.Normal) : IReportWriter
{
    public const int FormatVersion = 1;

    public void Write(RunReport report, TextWriter output, TextWriter error)
    {
        JsonOutput.Write(output, json => WriteDocument(json, report));
        foreach (var written in report.WrittenShown(verbosity))
        {
            error.WriteLine($"wrote {written.DisplayPath}");
        }
    }

    private static void WriteDocument(Utf8JsonWriter json, RunReport report)
    {
        json.WriteStartObject();
        json.WriteNumber("formatVersion", FormatVersion);
        json.WriteString("tool", ToolInfo.Name);
        json.WriteString("version", ToolInfo.Version);
        json.WriteString("command", report.Command);
        json.WriteNumber("exitCode", report.ExitCode);

        json.WriteStartObject("summary");
        json.WriteNumber("records", report.RecordCount);
        json.WriteNumber("errors", report.Errors);
        json.WriteNumber("warnings", report.Warnings);
        json.WriteNumber("infos", report.Infos);
        json.WriteNumber("written", report.Written.Count);
        json.WriteEndObject();

        json.WriteStartArray("records");
        foreach (string path in report.RecordPaths)
        {
            var own = report.Diagnostics.Where(d => d.Location.Path == path).ToList();
            json.WriteStartObject();
            json.WriteString("path", path);
            json.WriteNumber("errors", own.Count(d => d.Severity == DiagnosticSeverity.Error));
            json.WriteNumber("warnings", own.Count(d => d.Severity == DiagnosticSeverity.Warning));
            json.WriteNumber("infos", own.Count(d => d.Severity == DiagnosticSeverity.Info));
            json.WriteNullableString("output", report.Written.FirstOrDefault(w => w.RecordPath == path)?.DisplayPath);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in report.Diagnostics)
        {
            WriteDiagnostic(json, diagnostic);
        }

        json.WriteEndArray();

        json.WriteStartArray("written");
        foreach (var written in report.Written)
        {
            json.WriteStartObject();
            json.WriteString("record", written.RecordPath);
            json.WriteString("path", written.DisplayPath);
            json.WriteNumber("bytes", written.Bytes);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteDiagnostic(Utf8JsonWriter json, Diagnostic diagnostic)
    {
        var descriptor = DiagnosticCatalog.Find(diagnostic.Id) ?? diagnostic.Descriptor;
        json.WriteStartObject();
        json.WriteString("id", diagnostic.Id);
        json.WriteString("severity", Diagnostic.SeverityText(diagnostic.Severity));
        json.WriteString("defaultSeverity", Diagnostic.SeverityText(descriptor.DefaultSeverity));
        json.WriteString("title", descriptor.Title);
        json.WriteString("message", diagnostic.Message);
        json.WriteString("category", descriptor.Category);
        json.WriteString("helpUri", ToolInfo.HelpUri(descriptor) ?? ToolInfo.HelpPath(descriptor));
        if (ReportPosition.Of(diagnostic.Location) is { } position)
        {
            json.WriteString("path", diagnostic.Location.Path);
            json.WriteNumber("line", position.Line);
            json.WriteNumber("column", position.Column);
            json.WriteNumber("endLine", position.EndLine);
            json.WriteNumber("endColumn", position.EndColumn);
        }
        else
        {
            json.WriteNull("path");
            json.WriteNull("line");
            json.WriteNull("column");
            json.WriteNull("endLine");
            json.WriteNull("endColumn");
        }

        json.WriteString("text", diagnostic.ToString());
        json.WriteEndObject();
    }
}
