using System.Text;
using System.Text.Json;
using Rgiem.Core.Diagnostics;

namespace Rgiem.Cli.Output;

/// <summary>
/// <c>--format sarif</c>: a SARIF 2.1.0 log on standard output, as GitHub code scanning reads it. The driver
/// lists every rgiem rule (in ID order, so a rule's index is stable within a version) with its title, the
/// explanation and examples from docs/diagnostics.md and its default level; each result points at its rule by
/// <c>ruleId</c> and <c>ruleIndex</c>. Locations are relative to <c>%SRCROOT%</c>, the working directory, with
/// one-based lines and columns counted in UTF-16 code units (<c>columnKind</c>). A diagnostic without a file
/// (RG0006, a path that does not exist; a missing program) is a problem of the run, not of a file: it is a
/// <c>toolExecutionNotification</c> of the invocation, with the rule as its <c>associatedRule</c> (GitHub's SARIF
/// rules reject a result without a location). The "wrote …" lines go to standard error.
/// </summary>
internal sealed class SarifReportWriter(string workingDirectory, Verbosity verbosity = Verbosity.Normal) : IReportWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public const string SourceRoot = "%SRCROOT%";

    public void Write(RunReport report, TextWriter output, TextWriter error)
    {
        var rules = DiagnosticCatalog.All;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < rules.Count; i++)
        {
            index[rules[i].Id] = i;
        }

        // A diagnostic from outside the catalog cannot happen today; if one did, it still gets a rule.
        var extra = report.Diagnostics.Select(d => d.Descriptor).Where(d => !index.ContainsKey(d.Id)).DistinctBy(d => d.Id).ToList();
        foreach (var descriptor in extra)
        {
            index[descriptor.Id] = index.Count;
        }

        var help = RuleHelp.Load();
        JsonOutput.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, [.. rules, .. extra], help);
            WriteInvocation(json, report, index);
            WriteBaseIds(json);
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (var diagnostic in report.Diagnostics.Where(d => ReportPosition.Of(d.Location) is not null))
            {
                WriteResult(json, diagnostic, index[diagnostic.Id]);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        });

        foreach (var written in report.WrittenShown(verbosity))
        {
            error.WriteLine($"wrote {written.DisplayPath}");
        }
    }

    public static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };

    /// <summary>A relative display path as a relative URI reference: forward slashes, each segment percent-encoded.</summary>
    public static string RelativeUri(string path) =>
        string.Join('/', path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));

    private static void WriteTool(Utf8JsonWriter json, IReadOnlyList<DiagnosticDescriptor> rules, RuleHelp help)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", ToolInfo.Name);
        json.WriteString("informationUri", ToolInfo.InformationUri);
        json.WriteString("version", ToolInfo.Version);
        json.WriteString("semanticVersion", ToolInfo.Version);
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", RuleName(rule.Title));
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title);
            json.WriteEndObject();
            json.WriteStartObject("fullDescription");
            json.WriteString("text", help.FullDescription(rule.Id) ?? rule.Title);
            json.WriteEndObject();
            if (help.Markdown(rule.Id) is { } markdown)
            {
                json.WriteStartObject("help");
                json.WriteString("text", help.FullDescription(rule.Id) ?? rule.Title);
                json.WriteString("markdown", markdown);
                json.WriteEndObject();
            }

            if (ToolInfo.HelpUri(rule) is { } helpUri)
            {
                json.WriteString("helpUri", helpUri);
            }

            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", rule.Category);
            json.WriteBoolean("configurable", rule.Configurable);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteInvocation(Utf8JsonWriter json, RunReport report, Dictionary<string, int> index)
    {
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", report.ExitCode != ExitCodes.Failure);
        json.WriteNumber("exitCode", report.ExitCode);
        var runLevel = report.Diagnostics.Where(d => ReportPosition.Of(d.Location) is null).ToList();
        if (runLevel.Count > 0)
        {
            json.WriteStartArray("toolExecutionNotifications");
            foreach (var diagnostic in runLevel)
            {
                json.WriteStartObject();
                json.WriteString("level", Level(diagnostic.Severity));
                json.WriteStartObject("message");
                json.WriteString("text", diagnostic.Id + ": " + diagnostic.Message);
                json.WriteEndObject();
                json.WriteStartObject("associatedRule");
                json.WriteString("id", diagnostic.Id);
                json.WriteNumber("index", index[diagnostic.Id]);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndArray();
    }

    private void WriteBaseIds(Utf8JsonWriter json)
    {
        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject(SourceRoot);
        json.WriteString("uri", DirectoryUri(workingDirectory));
        json.WriteStartObject("description");
        json.WriteString("text", "The working directory of the run; result paths are relative to it.");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Diagnostic diagnostic, int ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Id);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(diagnostic.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", diagnostic.Message);
        json.WriteEndObject();
        if (ReportPosition.Of(diagnostic.Location) is { } position)
        {
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            string path = diagnostic.Location.Path;
            if (Path.IsPathRooted(path))
            {
                // Outside the working directory (PathDisplay keeps far-away paths absolute): an absolute file URI.
                json.WriteString("uri", new Uri(path).AbsoluteUri);
            }
            else
            {
                json.WriteString("uri", RelativeUri(path));
                json.WriteString("uriBaseId", SourceRoot);
            }

            json.WriteEndObject();
            json.WriteStartObject("region");
            json.WriteNumber("startLine", position.Line);
            json.WriteNumber("startColumn", position.Column);
            json.WriteNumber("endLine", position.EndLine);
            json.WriteNumber("endColumn", position.EndColumn);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    /// <summary>"Placeholder left in the text" → "PlaceholderLeftInTheText", the identifier-like name SARIF asks for.</summary>
    public static string RuleName(string title)
    {
        var name = new StringBuilder(title.Length);
        bool upper = true;
        foreach (char c in title)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                name.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else
            {
                upper = true;
            }
        }

        return name.ToString();
    }

    private static string DirectoryUri(string directory)
    {
        string full = Path.GetFullPath(directory);
        if (!Path.EndsInDirectorySeparator(full))
        {
            full += Path.DirectorySeparatorChar;
        }

        return new Uri(full).AbsoluteUri;
    }
}
