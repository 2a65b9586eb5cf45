using Rgiem.Core.Diagnostics;
using Rgiem.Core.Loading;
using Rgiem.Core.Text;
using Rgiem.Core.Yaml;

namespace Rgiem.Core.References;

/// <summary>
/// The project's list of known documents, shared by all its records: <c>documents.yaml</c> (a list of
/// <c>{number, title, source, revision}</c>) or <c>documents.csv</c> (header <c>number,title,source,revision</c>)
/// in the project root. <c>revision</c> is the latest revision known; it may also be written in the number
/// (<c>TSAG-TD666R4</c>). See docs/document-registry.md.
/// </summary>
public sealed class DocumentRegistry
{
    public const string YamlFileName = "documents.yaml";
    public const string CsvFileName = "documents.csv";

    private static readonly string[] Columns = ["number", "title", "source", "revision"];

    public DocumentRegistry(string path, IReadOnlyList<KnownDocument> documents)
    {
        Path = path;
        Documents = documents;
    }

    /// <summary>The display path of the registry file.</summary>
    public string Path { get; }

    /// <summary>The file name, for messages: <c>documents.yaml</c>.</summary>
    public string FileName => System.IO.Path.GetFileName(Path);

    /// <summary>The valid entries, in file order (entries with problems are reported and left out).</summary>
    public IReadOnlyList<KnownDocument> Documents { get; }

    /// <summary>
    /// Loads the registry of the project rooted at <paramref name="root"/>; null when there is none or it
    /// cannot be read at all (then nothing is known, and references are not checked against it).
    /// </summary>
    public static DocumentRegistry? Load(string root, Func<string, string> display, DiagnosticBag diagnostics)
    {
        string yamlPath = System.IO.Path.Combine(root, YamlFileName);
        string csvPath = System.IO.Path.Combine(root, CsvFileName);
        // Both are inputs of the build even when absent: a registry added later changes the checks.
        FileSystem.InputTracker.Used(yamlPath);
        FileSystem.InputTracker.Used(csvPath);
        bool hasYaml = File.Exists(yamlPath);
        bool hasCsv = File.Exists(csvPath);
        if (!hasYaml && !hasCsv)
        {
            return null;
        }

        if (hasYaml && hasCsv)
        {
            diagnostics.Add(ReferenceDescriptors.InvalidRegistry, SourceLocation.FileOnly(display(csvPath)),
                $"both {YamlFileName} and {CsvFileName} are in the project root; {CsvFileName} is ignored. Keep one registry");
        }

        string path = hasYaml ? yamlPath : csvPath;
        var load = SourceLoader.Load(path, display(path));
        diagnostics.AddRange(load.Diagnostics);
        if (load.Source is not { } source)
        {
            return null;
        }

        return hasYaml ? ReadYaml(source, diagnostics) : ReadCsv(source, diagnostics);
    }

    /// <summary>Reads <c>documents.yaml</c>: a list of mappings (or bare numbers); null when it is not a list.</summary>
    public static DocumentRegistry? ReadYaml(SourceText source, DiagnosticBag diagnostics)
    {
        var yaml = YamlReader.Read(source.Text, source.Path, 0);
        diagnostics.AddRange(yaml.Diagnostics);
        if (yaml.Diagnostics.Count > 0 && yaml.Root is null)
        {
            return null;
        }

        var root = yaml.Root;
        if (root is YamlMapping { Entries: [{ Key.Value: "documents" } only] })
        {
            root = only.Value;
        }

        if (root is null || root is YamlScalar { IsNull: true })
        {
            return new DocumentRegistry(source.Path, []);
        }

        if (root is not YamlSequence sequence)
        {
            diagnostics.Add(ReferenceDescriptors.InvalidRegistry, Span(source.Path, root),
                $"{YamlFileName} must be a list of documents, e.g. '- {{number: TSAG-TD624R2, title: Updated action plan}}', not {root.KindName}");
            return null;
        }

        var builder = new DocumentListBuilder(KnownDocumentOrigin.Registry, diagnostics.Add);
        foreach (var item in sequence.Items)
        {
            switch (item)
            {
                case YamlScalar { IsNull: false } scalar:
                    builder.Add(scalar.Value, Span(source.Path, scalar), null, null);
                    break;
                case YamlMapping mapping:
                    AddMapping(mapping, source.Path, builder, diagnostics);
                    break;
                default:
                    diagnostics.Add(ReferenceDescriptors.InvalidRegistry, Span(source.Path, item),
                        $"each entry of {YamlFileName} must be a mapping such as '{{number: TSAG-TD624R2, title: Updated action plan}}' or a document number, not {item.KindName}");
                    break;
            }
        }

        return new DocumentRegistry(source.Path, builder.Documents);
    }

    /// <summary>Reads <c>documents.csv</c>: a header naming the columns, then one row per document; null when the header is unusable.</summary>
    public static DocumentRegistry? ReadCsv(SourceText source, DiagnosticBag diagnostics)
    {
        var csv = CsvParser.Parse(source);
        var registry = ReadRows(csv.Rows, source.Path, diagnostics);

        // A syntax error stops reading: the rows before it are used, and it is reported after their problems.
        if (csv.Error is not null)
        {
            diagnostics.Add(ReferenceDescriptors.InvalidRegistry, new SourceLocation(source.Path, csv.ErrorAt, csv.ErrorAt), $"{CsvFileName}: {csv.Error}");
        }

        return registry;
    }

    private static DocumentRegistry? ReadRows(IReadOnlyList<IReadOnlyList<CsvParser.Field>> rows, string path, DiagnosticBag diagnostics)
    {
        if (rows.Count == 0)
        {
            return new DocumentRegistry(path, []);
        }

        var header = rows[0];
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        bool headerOk = true;
        for (int i = 0; i < header.Count; i++)
        {
            string name = header[i].Value.Trim().ToLowerInvariant();
            var at = At(path, header[i]);
            if (Array.IndexOf(Columns, name) < 0)
            {
                diagnostics.Add(ReferenceDescriptors.InvalidRegistry, at,
                    $"unknown column '{header[i].Value}' in {CsvFileName}{Suggestions.DidYouMean(name, Columns)}; the first line must be the header 'number,title,source,revision'");
                headerOk = false;
            }
            else if (!columns.TryAdd(name, i))
            {
                diagnostics.Add(ReferenceDescriptors.InvalidRegistry, at, $"column '{name}' appears twice in the header of {CsvFileName}; keep one");
                headerOk = false;
            }
        }

        if (headerOk && !columns.ContainsKey("number"))
        {
            diagnostics.Add(ReferenceDescriptors.InvalidRegistry, At(path, header[0]),
                $"the header of {CsvFileName} has no 'number' column; the first line must be 'number,title,source,revision'");
            headerOk = false;
        }

        if (!headerOk)
        {
            return null;
        }

        var builder = new DocumentListBuilder(KnownDocumentOrigin.Registry, diagnostics.Add);
        foreach (var row in rows.Skip(1))
        {
            if (row.Count != header.Count)
            {
                diagnostics.Add(ReferenceDescriptors.InvalidRegistry, At(path, row[0]),
                    $"this row has {row.Count} field(s) but the header has {header.Count}; put quotes around values that contain '{(header.Count > 1 ? "," : ";")}'");
                continue;
            }

            var number = row[columns["number"]];
            CsvParser.Field? revision = columns.TryGetValue("revision", out int r) ? row[r] : null;
            builder.Add(
                number.Value,
                At(path, number),
                Cell(row, columns, "title"),
                Cell(row, columns, "source"),
                revision?.Value,
                revision is null ? null : At(path, revision));
        }

        return new DocumentRegistry(path, builder.Documents);
    }

    private static void AddMapping(YamlMapping mapping, string path, DocumentListBuilder builder, DiagnosticBag diagnostics)
    {
        YamlScalar? number = null;
        YamlScalar? revision = null;
        string? title = null;
        string? source = null;
        foreach (var entry in mapping.Entries)
        {
            string key = entry.Key.Value;
            if (Array.IndexOf(Columns, key) < 0)
            {
                diagnostics.Add(ReferenceDescriptors.InvalidRegistry, Span(path, entry.Key),
                    $"unknown key '{key}' in {YamlFileName}{Suggestions.DidYouMean(key, Columns)}; an entry has number, title, source and revision");
                continue;
            }

            if (entry.Value is not YamlScalar scalar)
            {
                diagnostics.Add(ReferenceDescriptors.InvalidRegistry, Span(path, entry.Value), $"'{key}' must be text, not {entry.Value.KindName}");
                continue;
            }

            string? value = scalar.IsNull ? null : scalar.Value;
            switch (key)
            {
                case "number":
                    number = scalar.IsNull ? null : scalar;
                    break;
                case "revision":
                    revision = scalar.IsNull ? null : scalar;
                    break;
                case "title":
                    title = value;
                    break;
                default:
                    source = value;
                    break;
            }
        }

        if (number is null)
        {
            diagnostics.Add(ReferenceDescriptors.InvalidRegistry, Span(path, mapping),
                $"this entry of {YamlFileName} has no number; add 'number: TSAG-TD624R2' (or the document's number)");
            return;
        }

        builder.Add(number.Value, Span(path, number), title, source, revision?.Value, revision is null ? null : Span(path, revision));
    }

    private static string? Cell(IReadOnlyList<CsvParser.Field> row, Dictionary<string, int> columns, string name) =>
        columns.TryGetValue(name, out int index) && row[index].Value.Length > 0 ? row[index].Value : null;

    private static SourceLocation At(string path, CsvParser.Field field) =>
        new(path, field.Start, field.Start with { Character = field.Start.Character + field.Length });

    private static SourceLocation Span(string path, YamlNode node) => new(path, node.Start, node.End);
}
