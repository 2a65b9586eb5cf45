using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Rgiem.Core.Compilation;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Import;
using Rgiem.Core.Model;
using Rgiem.Core.Text;
using Rgiem.Docx.Import;
using Rgiem.Testing;
using DocumentType = Rgiem.Core.Model.DocumentType;

namespace Rgiem.Docx.Tests.Import;

/// <summary>
/// The round trip of <c>rgiem import</c>: every sample record (samples/rg-iem, types, body, group) is built to a
/// DOCX as <c>rgiem build</c> does; the DOCX is imported to a record in a folder of its own (no rgiem.yaml: the
/// record must say everything itself); that record is compiled and built again. The tests compare the cover fields of
/// both records and the text of both documents.
/// </summary>
public static class ImportRoundTrip
{
    private static readonly Lazy<IReadOnlyList<BuiltSample>> All = new(Load);

    public static TheoryData<string> Names
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var sample in RoundTripped)
            {
                data.Add(sample.Name);
            }

            return data;
        }
    }

    /// <summary>
    /// The samples built but not (yet) in the round trip, each with why; docs/import.md lists the same gaps.
    /// </summary>
    public static readonly IReadOnlyList<(string Prefix, string Reason)> NotRoundTripped =
    [
    ];

    /// <summary>
    /// The cover fields a sample's document does not show at all, so that no import can give them back: the group's own
    /// template (samples/group) prints no study period, language of the original or telephone number.
    /// </summary>
    public static readonly IReadOnlyList<(string Prefix, string[] Fields)> NotShown =
    [
        ("group/", ["study-period", "original", "tel"]),
    ];

    /// <summary>The names of the samples in the round trip.</summary>
    public static IReadOnlyList<string> SampleNames => [.. RoundTripped.Select(s => s.Name)];

    private static IEnumerable<BuiltSample> RoundTripped =>
        All.Value.Where(s => !NotRoundTripped.Any(n => s.Name.StartsWith(n.Prefix, StringComparison.Ordinal)));

    public static BuiltSample Get(string name) => All.Value.Single(s => s.Name == name);

    /// <summary>
    /// Imports <paramref name="docx"/> into <paramref name="folder"/> and builds the record written there. A sample built
    /// with a template of its own (samples/group) is built again with that template and its style map (a project file
    /// beside the record that names them and gives no defaults): the template is the project's, not the record's.
    /// </summary>
    public static Result Run(byte[] docx, string folder, string stem, string? sample = null)
    {
        Directory.CreateDirectory(Path.Combine(folder, "in"));
        string input = Path.Combine(folder, "in", stem + ".docx");
        File.WriteAllBytes(input, docx);
        var diagnostics = new DiagnosticBag();
        var imported = DocxImporter.Import(input, stem + ".docx", stem, diagnostics)
            ?? throw new InvalidOperationException("import failed: " + string.Join("; ", diagnostics.ToList()));
        string markdown = RecordWriter.Write(imported);
        string output = Path.Combine(folder, "out");
        Directory.CreateDirectory(output);
        if (sample is not null && sample.StartsWith("group/", StringComparison.Ordinal))
        {
            File.Copy(Path.Combine(RepoPaths.Samples, "group", "rg-group.dotx"), Path.Combine(output, "rg-group.dotx"), overwrite: true);
            File.WriteAllText(Path.Combine(output, "rgiem.yaml"), "template: rg-group.dotx\nstyles:\n  code: Source Code\n  quote: Block Text\n  table: Group Table\n", new UTF8Encoding(false));
        }

        string recordPath = Path.Combine(output, stem + ".md");
        File.WriteAllText(recordPath, markdown, new UTF8Encoding(false));
        foreach (var image in imported.Images)
        {
            File.WriteAllBytes(Path.Combine(output, image.FileName), image.Content);
        }

        var compilation = Compiler.Compile(new CompilationOptions([recordPath], output));
        var compiled = compilation.Records.Single();
        if (compiled.Bound is null)
        {
            throw new InvalidOperationException("the imported record does not bind:\n" + markdown + "\n" + string.Join("\n", compiled.Diagnostics));
        }

        var rendered = new DocxRenderer().Render(compiled.Bound.Record, output);
        if (rendered.Content is null)
        {
            throw new InvalidOperationException("the imported record does not render: " + string.Join("; ", rendered.Diagnostics));
        }

        return new Result(imported, markdown, compiled.Bound.Record, rendered.Content, diagnostics.ToList(), compiled.Diagnostics);
    }

    /// <summary>
    /// The values every cover field shows, as the cover prints them (so that "SG17" and "STUDY GROUP 17", or "e-meeting"
    /// and "E-meeting", are the same value): the normalisations the round trip allows.
    /// </summary>
    public static SortedDictionary<string, string> CoverFields(RecordMetadata metadata, string? sample = null)
    {
        var hidden = NotShown.Where(n => sample is not null && sample.StartsWith(n.Prefix, StringComparison.Ordinal)).SelectMany(n => n.Fields).ToHashSet(StringComparer.Ordinal);
        var fields = new SortedDictionary<string, string>(StringComparer.Ordinal);
        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value) && !hidden.Contains(key))
            {
                fields[key] = value.Trim();
            }
        }

        Add("number", metadata.NumberText);
        Add("type", metadata.Type.ToString());
        if (metadata.Type != DocumentType.Conference)
        {
            Add("parent", BodyNames.LongName(metadata.Parent));
            Add("study-period", metadata.StudyPeriod);
            Add("questions", string.Join(", ", metadata.Questions));
        }

        Add("original", metadata.Original);
        Add("meeting.place", metadata.Meeting?.Place is { Length: > 0 } place ? char.ToUpperInvariant(place[0]) + place[1..] : null);
        Add("meeting.from", metadata.Meeting?.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("meeting.to", (metadata.Meeting?.To ?? metadata.Meeting?.From)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var dateLine = metadata.Date ?? metadata.Meeting?.To ?? metadata.Meeting?.From;
        if (metadata.Type == DocumentType.Report)
        {
            Add("date-line", dateLine?.ToString("MMMM yyyy", CultureInfo.InvariantCulture));
        }
        else if (metadata.Type == DocumentType.Conference)
        {
            Add("date-line", dateLine is { } day ? ItuDates.Day(day) : null);
        }

        Add("source", metadata.Source);
        Add("title", metadata.Title);
        Add("purpose", metadata.Purpose);
        for (int i = 0; i < metadata.Contacts.Count; i++)
        {
            var c = metadata.Contacts[i];
            Add("contact" + i.ToString(CultureInfo.InvariantCulture), string.Join(" | ", c.Name, c.Organization, c.Country, hidden.Contains("tel") ? null : c.Tel, c.Email));
        }

        Add("keywords", string.Join("; ", metadata.Keywords));
        Add("abstract", metadata.Abstract);
        Add("action", string.Join("\n", metadata.Action.Select(b => BlockWalker.PlainText(b is ParagraphBlock p ? p.Inlines : []))));
        Add("for-action", string.Join(", ", metadata.ForAction));
        Add("for-information", string.Join(", ", metadata.ForInformation));
        Add("approval", metadata.Approval);
        Add("deadline", metadata.Deadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("toc", metadata.Toc ? "yes" : null);
        Add("toc-title", metadata.Toc ? metadata.TocTitle : null);
        return fields;
    }

    /// <summary>
    /// Every paragraph of a DOCX (body, tables and notes) as "style: text", in reading order: what the document shows
    /// and how it is structured (headings, list paragraphs and their levels, table cells, captions).
    /// </summary>
    public static IReadOnlyList<string> Paragraphs(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var main = document.MainDocumentPart!;
        var lines = new List<string>();
        void Read(IEnumerable<Paragraph> paragraphs)
        {
            foreach (var paragraph in paragraphs)
            {
                string style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "Normal";
                string level = paragraph.ParagraphProperties?.NumberingProperties?.NumberingLevelReference?.Val?.Value is { } ilvl ? "/" + ilvl.ToString(CultureInfo.InvariantCulture) : string.Empty;
                string text = string.Concat(paragraph.Descendants().Select(e => e switch
                {
                    Text t => t.Text,
                    TabChar => "\t",
                    Break => "\n",
                    _ => string.Empty,
                }));
                lines.Add(style + level + ": " + text);
            }
        }

        Read(main.Document!.Body!.Descendants<Paragraph>());
        Read(main.FootnotesPart?.Footnotes?.Descendants<Paragraph>() ?? []);
        return lines;
    }

    private static List<BuiltSample> Load()
    {
        var samples = new List<BuiltSample>();
        foreach (string folder in new[] { "rg-iem", "types", "body", "group" })
        {
            var compilation = Compiler.Compile(new CompilationOptions([Path.Combine(RepoPaths.Samples, folder)], RepoPaths.Root));
            foreach (var compiled in compilation.Records.OrderBy(r => r.FullPath, StringComparer.Ordinal))
            {
                if (compiled.HasErrors || compiled.Bound is null)
                {
                    throw new InvalidOperationException($"Sample {compiled.DisplayPath} has errors");
                }

                var rendered = new DocxRenderer().Render(compiled.Bound.Record, Path.GetDirectoryName(compiled.FullPath)!);
                string name = folder + "/" + Path.GetFileNameWithoutExtension(compiled.FullPath);
                samples.Add(new BuiltSample(name, compiled.Bound.Record, rendered.Content ?? throw new InvalidOperationException($"Sample {name} did not render")));
            }
        }

        return samples;
    }

    public sealed record BuiltSample(string Name, MeetingRecord Record, byte[] Docx);

    public sealed record Result(
        ImportedRecord Imported,
        string Markdown,
        MeetingRecord Record,
        byte[] Docx,
        IReadOnlyList<Diagnostic> ImportDiagnostics,
        IReadOnlyList<Diagnostic> CheckDiagnostics);
}
