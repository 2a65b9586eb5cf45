using Rgiem.Core.Diagnostics;
using Rgiem.Core.FrontMatter;
using Rgiem.Core.Markdown;
using Rgiem.Core.Model;
using Rgiem.Core.Text;
using Rgiem.Core.Yaml;

namespace Rgiem.Core.Binding;

/// <summary>
/// Runs stages 2 to 4 for one record: split the front matter, read and validate the YAML, layer it over
/// the project defaults, parse the Markdown body and bind everything into a <see cref="MeetingRecord"/>.
/// Returns null only when the record cannot be read at all; otherwise the record comes back with its
/// diagnostics, so that every problem is reported in one run.
/// </summary>
public static class RecordBinder
{
    /// <param name="source">The record's text.</param>
    /// <param name="defaults">The project's front matter defaults.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="includes">Resolves <c>```{include}</c> directives; null when the text has no file behind it (then an include is RG2020).</param>
    public static BoundRecord? Bind(SourceText source, ProjectDefaults? defaults, DiagnosticBag diagnostics, IncludeResolver? includes = null)
    {
        if (source.Text.Length == 0)
        {
            diagnostics.Add(LoadDescriptors.EmptyFile, SourceLocation.FileOnly(source.Path));
            return null;
        }

        var section = FrontMatterSplitter.Split(source, out var splitError);
        if (splitError is not null)
        {
            diagnostics.Add(splitError);
            return null;
        }

        if (section is null)
        {
            diagnostics.Add(LoadDescriptors.NotARecord, SourceLocation.At(source.Path, 0, 0));
            return null;
        }

        var frontMatterLocation = SourceLocation.At(source.Path, 0, 0, 3);
        var yaml = YamlReader.Read(section.Yaml, source.Path, section.YamlFirstLine, FrontMatterSchema.KeyTable);
        diagnostics.AddRange(yaml.Diagnostics);
        var validator = new FrontMatterValidator(source.Path, diagnostics);
        ObjectValue values;
        switch (yaml.Root)
        {
            case YamlMapping mapping:
                values = validator.ValidateObject(mapping, FrontMatterSchema.Fields);
                break;
            case null:
                values = ObjectValue.Empty(frontMatterLocation);
                break;
            default:
                diagnostics.Add(FrontMatterDescriptors.NotAMapping, new SourceLocation(source.Path, yaml.Root.Start, yaml.Root.End), yaml.Root.KindName);
                values = ObjectValue.Empty(frontMatterLocation);
                break;
        }

        bool yamlBroken = yaml.Root is null && yaml.Diagnostics.Count > 0;
        var merged = values.Over(defaults?.Values);
        if (!yamlBroken)
        {
            // With unreadable YAML every field would look missing; the syntax error says enough.
            validator.CheckRequired(merged, FrontMatterSchema.Fields, frontMatterLocation);
        }

        var sources = defaults?.Source is { } projectSource ? new[] { source, projectSource } : [source];
        var metadata = MetadataBinder.Bind(merged, sources, diagnostics);

        IReadOnlyList<Block> body = [];
        if (MarkdownParser.ParseRecord(source.Text, section.ClosingLine, section.BodyStart, source.Path, diagnostics) is { } document)
        {
            LocationMapper map = (line, column, length) => SourceLocation.At(source.Path, line, column, length);
            SpanMapper spans = (start, end) => SourceLocation.FromOffsets(source, start, end + 1);
            body = new BodyBinder(map, metadata.EffectiveActionPrefix, diagnostics, spans, includes).Bind(document);
        }

        if (metadata.Kind != RecordKind.ProgressReport)
        {
            foreach (var directive in body.OfType<StatisticsDirectiveBlock>())
            {
                diagnostics.Add(DirectiveDescriptors.StatisticsOutsideProgressReport, directive.Location);
            }
        }

        if (body.OfType<TocDirectiveBlock>().Any())
        {
            // ```{toc} asks for the table of contents where it stands.
            metadata = metadata with { Toc = true };
        }

        var record = new MeetingRecord(source.Path, metadata, body);
        return new BoundRecord(record, new SourceMap(merged, frontMatterLocation), source, section, merged)
        {
            Includes = includes?.Sources.ToList() ?? [],
            Images = includes?.Images.ToList() ?? [],
        };
    }
}
