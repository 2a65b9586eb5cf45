using Rgiem.Core.Binding;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Loading;
using Rgiem.Core.Validation;
using Rgiem.Docx;
using Rgiem.Docx.Templates;

namespace Rgiem.Fuzz;

/// <summary>
/// What the fuzzer feeds: bytes in, diagnostics out. Any exception that escapes a target is a finding, because
/// rgiem turns every mistake in a record or a template into a diagnostic.
/// </summary>
public static class FuzzTargets
{
    /// <summary>A valid record, rendered with each fuzzed template.</summary>
    private const string TemplateRecord = """
        ---
        number: TSAG-TD521
        group: RG-IEM
        parent: TSAG
        study-period: 2022-2024
        meeting: {place: Geneva, from: 2024-07-29, to: 2024-08-02}
        source: Rapporteur, TSAG RG-IEM
        title: Draft report of the RG-IEM meeting
        contacts:
          - {name: Glenn Parsons, organization: Ericsson, country: Canada, email: rapporteur@example.org}
        abstract: This TD contains the draft report.
        ---

        # 1 Introduction

        Text with *emphasis*, a [link](https://example.org) and TSAG-TD100.

        - item
          1. sub-item

        | a | b |
        |---|---|
        | 1 | 2 |

        RG-IEM-1: Rapporteur to report.
        """;

    public static string[] Names { get; } = ["record", "template", "include"];

    public static Action<byte[]> For(string name) => name switch
    {
        "record" => Record,
        "template" => Template,
        "include" => Include,
        _ => throw new ArgumentException("Unknown target '" + name + "': " + string.Join(", ", Names)),
    };

    /// <summary>The record loader: strict UTF-8, front matter, YAML, Markdown, binding, every rule, and rendering when clean.</summary>
    public static void Record(byte[] bytes)
    {
        var diagnostics = new DiagnosticBag();
        var load = SourceLoader.Decode(bytes, "fuzz.md");
        diagnostics.AddRange(load.Diagnostics);
        if (load.Source is not { } source)
        {
            return;
        }

        var bound = RecordBinder.Bind(source, null, diagnostics);
        if (bound is null)
        {
            return;
        }

        RuleSet.Analyze(bound, CheckOptions.Default, diagnostics);

        if (!diagnostics.ToList().Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            var result = new DocxRenderer().Render(bound.Record, Path.GetTempPath());
            if (result.Content is null && !result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                throw new InvalidOperationException("No document and no error");
            }
        }
    }

    /// <summary>The template loader: a user .dotx checked as `rgiem template check` does, then used to render a record.</summary>
    public static void Template(byte[] bytes)
    {
        string path = Path.Combine(Path.GetTempPath(), "rgiem-fuzz-" + Environment.ProcessId + ".dotx");
        File.WriteAllBytes(path, bytes);
        TemplateChecker.Check(path, "fuzz.dotx");

        var diagnostics = new DiagnosticBag();
        var source = SourceLoader.Decode(System.Text.Encoding.UTF8.GetBytes(TemplateRecord), "record.md").Source!;
        var bound = RecordBinder.Bind(source, null, diagnostics) ?? throw new InvalidOperationException("The template record does not bind");
        var record = bound.Record with { Metadata = bound.Record.Metadata with { Template = path } };
        var result = new DocxRenderer().Render(record, Path.GetTempPath());
        if (result.Content is null && !result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            throw new InvalidOperationException("No document and no error");
        }
    }

    /// <summary>
    /// The include machinery and its budget: the bytes are a fragment <c>part.md</c> in a project folder, included four
    /// times by <c>fan.md</c>, itself included four times by a record (and <c>part.md</c> may include itself, through the
    /// tokens of the mutator; the fan-out past the budget is a test of its own in Rgiem.Core.Tests). Binding must end with the blocks or a diagnostic (RG2020–RG2028), in time
    /// linear in the input (the runner reports an execution over ten seconds).
    /// </summary>
    public static void Include(byte[] bytes)
    {
        string folder = Path.Combine(Path.GetTempPath(), "rgiem-fuzz-include-" + Environment.ProcessId);
        Directory.CreateDirectory(folder);
        string fan = string.Concat(Enumerable.Repeat("```{include} part.md\n```\n\n", 4));
        File.WriteAllBytes(Path.Combine(folder, "part.md"), bytes);
        File.WriteAllText(Path.Combine(folder, "fan.md"), fan);
        string recordText = TemplateRecord + "\n" + fan.Replace("part.md", "fan.md", StringComparison.Ordinal);
        string recordPath = Path.Combine(folder, "record.md");
        File.WriteAllText(recordPath, recordText);

        var diagnostics = new DiagnosticBag();
        var source = SourceLoader.Decode(System.Text.Encoding.UTF8.GetBytes(recordText), "record.md").Source!;
        var includes = new IncludeResolver(recordPath, folder, p => Path.GetRelativePath(folder, p));
        _ = RecordBinder.Bind(source, null, diagnostics, includes) ?? throw new InvalidOperationException("The include record does not bind");
    }
}
