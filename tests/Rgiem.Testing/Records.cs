using Rgiem.Core.Binding;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Text;
using Rgiem.Core.Validation;

namespace Rgiem.Testing;

/// <summary>Binds and checks records held in strings, the way the compiler does for files.</summary>
public static class Records
{
    /// <summary>A minimal valid front matter; tests add or replace lines.</summary>
    public const string FrontMatter = """
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

        """;

    /// <summary>Binds a whole record text (front matter included) without running the rules.</summary>
    public static (BoundRecord? Record, IReadOnlyList<Diagnostic> Diagnostics) Bind(string text, string path = "record.md", ProjectDefaults? defaults = null)
    {
        var bag = new DiagnosticBag();
        var source = new SourceText(path, SourceText.Normalize(text));
        var bound = RecordBinder.Bind(source, defaults, bag);
        return (bound, bag.ToList());
    }

    /// <summary>Binds a record and runs every rule, as <c>rgiem check</c> does (default severities).</summary>
    public static (BoundRecord? Record, IReadOnlyList<Diagnostic> Diagnostics) Check(string text, CheckOptions? options = null, string path = "record.md")
    {
        var bag = new DiagnosticBag();
        var source = new SourceText(path, SourceText.Normalize(text));
        var bound = RecordBinder.Bind(source, null, bag);
        if (bound is not null)
        {
            RuleSet.Analyze(bound, options ?? CheckOptions.Default, bag);
        }

        return (bound, bag.ToList());
    }

    /// <summary>A record with the standard front matter and <paramref name="body"/>.</summary>
    public static string WithBody(string body) => FrontMatter + body;

    /// <summary>"RG1007@12:3" for each diagnostic: ID and one-based position, for compact assertions.</summary>
    public static IReadOnlyList<string> Brief(this IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => $"{d.Id}@{d.Location.Start.Line + 1}:{d.Location.Start.Character + 1}").ToList();

    public static IReadOnlyList<string> Ids(this IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => d.Id).ToList();
}
