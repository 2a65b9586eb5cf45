using System.Text.Json;
using Rgiem.Cli.Tests.Support;
using Rgiem.Testing;

namespace Rgiem.Cli.Tests;

/// <summary>
/// The three schemas of <c>rgiem schema</c> (record, project, registry) as real validators read them: Python's
/// jsonschema (Debian python3-jsonschema) and ajv (npm <c>ajv</c> with <c>ajv-formats</c>, strict mode), both
/// draft-07. Each schema must compile, and every sample must validate: the front matter of every record of
/// samples/ and of the <c>rgiem init</c> scaffold, merged with the defaults of its rgiem.yaml (a record's own key
/// wins), every rgiem.yaml against the project schema, and documents.yaml against the registry schema. A schema
/// that accepted anything would pass that, so each validator must also reject one bad instance of each schema.
/// </summary>
public sealed class SchemaValidationTests
{
    /// <summary>Reads the instances (YAML) and writes them as JSON, validating each with jsonschema.</summary>
    private const string PythonScript = """
        import json, sys, datetime, yaml, jsonschema
        manifest = json.load(open(sys.argv[1], encoding='utf-8'))
        def plain(value):
            if isinstance(value, (datetime.date, datetime.datetime)):
                return value.isoformat()
            if isinstance(value, dict):
                return {str(k): plain(v) for k, v in value.items()}
            if isinstance(value, list):
                return [plain(v) for v in value]
            return value
        def front_matter(path):
            lines = open(path, encoding='utf-8').read().replace('\r\n', '\n').split('\n')
            if not lines or lines[0].strip() != '---':
                return None
            end = next(i for i in range(1, len(lines)) if lines[i].strip() in ('---', '...'))
            return yaml.safe_load('\n'.join(lines[1:end])) or {}
        failures = 0
        for item in manifest:
            schema = json.load(open(item['schema'], encoding='utf-8'))
            jsonschema.Draft7Validator.check_schema(schema)
            validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())
            if item['kind'] == 'record':
                instance = front_matter(item['file'])
                if instance is None:
                    continue
                if item.get('project'):
                    defaults = (yaml.safe_load(open(item['project'], encoding='utf-8')) or {}).get('defaults') or {}
                    instance = {**defaults, **instance}
            elif item['kind'] == 'inline':
                instance = yaml.safe_load(item['text'])
            else:
                instance = yaml.safe_load(open(item['file'], encoding='utf-8'))
            instance = plain(instance)
            json.dump(instance, open(item['json'], 'w', encoding='utf-8'))
            errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.path))
            verdict = 'invalid' if errors else 'valid'
            print(f"{verdict} {item['name']}" + ''.join(f"\n  {'/'.join(map(str, e.path))}: {e.message}" for e in errors))
        """;

    private const string AjvScript = """
        const Ajv = require('ajv');
        const addFormats = require('ajv-formats');
        const fs = require('fs');
        const manifest = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
        const compiled = new Map();
        for (const item of manifest) {
          if (!fs.existsSync(item.json)) continue;
          if (!compiled.has(item.schema)) {
            const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false });
            addFormats(ajv);
            compiled.set(item.schema, ajv.compile(JSON.parse(fs.readFileSync(item.schema, 'utf8'))));
          }
          const validate = compiled.get(item.schema);
          const ok = validate(JSON.parse(fs.readFileSync(item.json, 'utf8')));
          console.log(`${ok ? 'valid' : 'invalid'} ${item.name}` + (ok ? '' : validate.errors.map(e => `\n  ${e.instancePath}: ${e.message}`).join('')));
        }
        """;

    /// <summary>One bad instance per schema, which a validator must reject.</summary>
    private static readonly (string Kind, string Name, string Yaml)[] BadInstances =
    [
        ("record", "bad-record-number", "number: TSAG-XX521\ntitle: A title\n"),
        ("project", "bad-project-key", "records: .\noutptu: out\n"),
        ("registry", "bad-registry-entry", "- {title: no number}\n"),
    ];

    [SkippableFact]
    public void Python_jsonschema_accepts_the_schemas_and_every_sample_and_rejects_the_bad_ones()
    {
        string python = ExternalTools.PythonWithJsonSchema;
        using var folder = new TempFolder();
        string manifest = Manifest(folder, out var expected);
        var (code, output, error) = ExternalTools.Run(python, [folder.Write("validate.py", PythonScript), manifest], folder.FullPath, 120);
        Assert.True(code == 0, $"python ({code}):\n{output}\n{error}");
        Assert.Equal(expected, Verdicts(output));
    }

    [SkippableFact]
    public void Ajv_accepts_the_schemas_and_every_sample_and_rejects_the_bad_ones()
    {
        string python = ExternalTools.PythonWithJsonSchema;
        string node = ExternalTools.Node;
        string modules = ExternalTools.NodeModules("ajv", "ajv-formats");
        using var folder = new TempFolder();
        string manifest = Manifest(folder, out var expected);

        // Python turns the YAML into JSON (dates as text, as the front matter means them); ajv validates the JSON.
        var converted = ExternalTools.Run(python, [folder.Write("validate.py", PythonScript), manifest], folder.FullPath, 120);
        Assert.True(converted.ExitCode == 0, converted.Output + converted.Error);
        var (code, output, error) = ExternalTools.Run(node, [folder.Write("validate.cjs", AjvScript), manifest], folder.FullPath, 120, environment: new Dictionary<string, string?> { ["NODE_PATH"] = modules });
        Assert.True(code == 0, $"ajv ({code}):\n{output}\n{error}");
        Assert.Equal(expected, Verdicts(output));
    }

    [Fact]
    public void The_number_pattern_has_no_named_groups_and_no_top_level_field_is_required()
    {
        using var schema = JsonDocument.Parse(CliRun.Of(RepoPaths.Root, "schema").Output);
        string pattern = schema.RootElement.GetProperty("properties").GetProperty("number").GetProperty("pattern").GetString()!;
        Assert.DoesNotContain("(?<", pattern, StringComparison.Ordinal);
        Assert.False(schema.RootElement.TryGetProperty("required", out _));
        Assert.EndsWith("Required (here or in rgiem.yaml defaults).", schema.RootElement.GetProperty("properties").GetProperty("group").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(["from"], schema.RootElement.GetProperty("properties").GetProperty("meeting").GetProperty("required").EnumerateArray().Select(e => e.GetString()));
    }

    private static Dictionary<string, string> Verdicts(string output) =>
        output.Split('\n').Where(l => l.StartsWith("valid ", StringComparison.Ordinal) || l.StartsWith("invalid ", StringComparison.Ordinal))
            .Select(l => l.Split(' ', 2))
            .ToDictionary(p => p[1], p => p[0], StringComparer.Ordinal);

    /// <summary>Writes the schemas and the list of instances to validate; <paramref name="expected"/> is each instance's verdict.</summary>
    private static string Manifest(TempFolder folder, out Dictionary<string, string> expected)
    {
        var schemas = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string kind in new[] { "record", "project", "registry" })
        {
            var run = CliRun.Of(folder.FullPath, "schema", "--kind", kind);
            Assert.Equal(0, run.ExitCode);
            schemas[kind] = folder.Write("schemas/" + kind + ".json", run.Output);
        }

        Assert.Equal(0, CliRun.Of(folder.FullPath, "init", "scaffold", "--date", "2025-03-10").ExitCode);
        var items = new List<Dictionary<string, string?>>();
        expected = new Dictionary<string, string>(StringComparer.Ordinal);
        var names = expected;
        void Add(string kind, string schema, string name, string? file, string? project = null, string? text = null, bool valid = true)
        {
            items.Add(new() { ["kind"] = kind, ["schema"] = schemas[schema], ["name"] = name, ["file"] = file, ["project"] = project, ["text"] = text, ["json"] = folder.Combine("instances/" + items.Count + ".json") });
            if (file is null || kind != "record" || File.ReadAllText(file).StartsWith("---", StringComparison.Ordinal))
            {
                names[name] = valid ? "valid" : "invalid";
            }
        }

        Directory.CreateDirectory(folder.Combine("instances"));
        foreach (string root in new[] { Path.Combine(RepoPaths.Samples), folder.Combine("scaffold") })
        {
            foreach (string file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                string name = Path.GetRelativePath(root == RepoPaths.Samples ? RepoPaths.Root : folder.FullPath, file).Replace('\\', '/');
                if (name.Contains("/out/", StringComparison.Ordinal) || name.Contains("/.", StringComparison.Ordinal) && !name.EndsWith(".md", StringComparison.Ordinal))
                {
                    continue;
                }

                if (file.EndsWith(".md", StringComparison.Ordinal))
                {
                    Add("record", "record", name, file, ProjectFileOf(file, root));
                }
                else if (Path.GetFileName(file) == "rgiem.yaml")
                {
                    Add("file", "project", name, file);
                }
                else if (Path.GetFileName(file) == "documents.yaml")
                {
                    Add("file", "registry", name, file);
                }
            }
        }

        foreach (var (kind, name, yaml) in BadInstances)
        {
            Add("inline", kind, name, null, text: yaml, valid: false);
        }

        Assert.Contains("samples/rg-iem/2024-07-geneva-report.md", expected.Keys);
        Assert.Contains("scaffold/records/2025-03-10-rg-example.md", expected.Keys);
        Assert.Contains("scaffold/documents.yaml", expected.Keys);
        Assert.Contains("samples/group/rgiem.yaml", expected.Keys);
        return folder.Write("manifest.json", JsonSerializer.Serialize(items));
    }

    /// <summary>The rgiem.yaml of the nearest folder at or above the record's, up to <paramref name="root"/>.</summary>
    private static string? ProjectFileOf(string record, string root)
    {
        for (string? directory = Path.GetDirectoryName(record); directory is not null && directory.Length >= root.Length; directory = Path.GetDirectoryName(directory))
        {
            string candidate = Path.Combine(directory, "rgiem.yaml");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
