using Rgiem.Core.Diagnostics;
using Rgiem.Core.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Rgiem.Core.Yaml;

/// <summary>
/// Reads one YAML document into <see cref="YamlNode"/>s that keep their positions. Only the event parser
/// of YamlDotNet is used: no object is ever constructed from a tag, aliases are refused (so an alias bomb
/// costs nothing), and the node count and depth are bounded. The plain front matter most records are written in is
/// read without YamlDotNet's scanner by <see cref="PlainYamlReader"/>, which gives the same nodes and positions and
/// leaves everything else (and every error) to YamlDotNet.
/// </summary>
public static class YamlReader
{
    public const int MaxNodes = 20_000;
    public const int MaxDepth = 32;

    private const string StandardTagPrefix = "tag:yaml.org,2002:";

    /// <summary>The core schema's tags; anything else (!!python/object, !!binary, local tags) is refused.</summary>
    private static readonly HashSet<string> PlainTags = ["str", "int", "float", "bool", "null", "seq", "map", "timestamp"];

    /// <param name="text">The YAML text.</param>
    /// <param name="path">Display path for diagnostics.</param>
    /// <param name="firstLine">Zero-based file line of the first YAML line.</param>
    /// <param name="keys">The keys expected (<see cref="FrontMatter.FrontMatterSchema.KeyTable"/>): a plain key written with one of them is its string, not a new one.</param>
    public static YamlReadResult Read(string text, string path, int firstLine, YamlKeyTable? keys = null) =>
        PlainYamlReader.TryRead(text, firstLine, keys) is { } root
            ? new YamlReadResult(root, [])
            : ReadWithYamlDotNet(text, path, firstLine);

    /// <summary>Reads the text with YamlDotNet's parser, whatever it holds (<see cref="Read"/> does when the plain reader gives up).</summary>
    internal static YamlReadResult ReadWithYamlDotNet(string text, string path, int firstLine)
    {
        var reader = new Reader(text, path, firstLine);
        return reader.Run();
    }

    private sealed class Reader(string text, string path, int firstLine)
    {
        private readonly List<Diagnostic> diagnostics = [];
        private readonly Parser parser = new(new StringReader(text));
        private int nodes;
        private LinePosition lastGood = new(firstLine, 0);

        public YamlReadResult Run()
        {
            try
            {
                Expect<StreamStart>();
                if (!Advance() || parser.Current is StreamEnd)
                {
                    return new YamlReadResult(null, diagnostics);
                }

                Expect<DocumentStart>();
                Advance();
                var root = parser.Current is DocumentEnd ? null : ReadNode(0);
                return new YamlReadResult(root, diagnostics);
            }
            catch (StopReading)
            {
                return new YamlReadResult(null, diagnostics);
            }
            catch (YamlException ex)
            {
                // For a tab used as indentation YamlDotNet points at the start of the enclosing mapping.
                var at = ex.Message.Contains("tab", StringComparison.Ordinal) && FindTabIndent() is { } tab ? tab : Map(ex.Start);
                diagnostics.Add(Diagnostic.Create(
                    FrontMatterDescriptors.YamlSyntax,
                    new SourceLocation(path, at, at),
                    CleanMessage(ex.Message)));
                return new YamlReadResult(null, diagnostics);
            }
            catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException)
            {
                // YamlDotNet throws these on some malformed flow collections instead of a YamlException.
                diagnostics.Add(Diagnostic.Create(
                    FrontMatterDescriptors.YamlSyntax,
                    new SourceLocation(path, lastGood, lastGood),
                    "the YAML after this point cannot be read (check brackets, quotes and indentation)"));
                return new YamlReadResult(null, diagnostics);
            }
        }

        private YamlNode? ReadNode(int depth)
        {
            if (depth > MaxDepth)
            {
                Report(FrontMatterDescriptors.TooLarge, Map(parser.Current!.Start), MaxDepth, "levels of nesting");
                throw new StopReading();
            }

            if (++nodes > MaxNodes)
            {
                Report(FrontMatterDescriptors.TooLarge, Map(parser.Current!.Start), MaxNodes, "values");
                throw new StopReading();
            }

            var current = parser.Current!;
            lastGood = Map(current.Start);
            switch (current)
            {
                case AnchorAlias alias:
                    Report(FrontMatterDescriptors.AliasNotAllowed, Map(alias.Start), alias.Value.Value);
                    Advance();
                    return null;

                case Scalar scalar:
                    CheckTag(scalar.Tag, scalar.Start);
                    Advance();
                    return new YamlScalar(
                        scalar.Value,
                        scalar.Style == ScalarStyle.Plain,
                        Map(scalar.Start),
                        Map(scalar.End));

                case SequenceStart sequenceStart:
                {
                    CheckTag(sequenceStart.Tag, sequenceStart.Start);
                    Advance();
                    var items = new List<YamlNode>();
                    while (parser.Current is not SequenceEnd)
                    {
                        if (ReadNode(depth + 1) is { } item)
                        {
                            items.Add(item);
                        }
                    }

                    var end = Map(parser.Current.End);
                    Advance();
                    return new YamlSequence(items, Map(sequenceStart.Start), end);
                }

                case MappingStart mappingStart:
                {
                    CheckTag(mappingStart.Tag, mappingStart.Start);
                    Advance();
                    var entries = new List<YamlEntry>();
                    while (parser.Current is not MappingEnd)
                    {
                        var keyStart = Map(parser.Current!.Start);
                        var key = ReadNode(depth + 1);
                        var value = ReadNode(depth + 1);
                        if (key is YamlScalar scalarKey)
                        {
                            entries.Add(new YamlEntry(scalarKey, value ?? new YamlScalar(string.Empty, true, scalarKey.End, scalarKey.End)));
                        }
                        else if (key is not null)
                        {
                            Report(FrontMatterDescriptors.WrongType, keyStart, "a key", "text", key.KindName);
                        }
                    }

                    var end = Map(parser.Current.End);
                    Advance();
                    return new YamlMapping(entries, Map(mappingStart.Start), end);
                }

                default:
                    // Document or stream markers where a node was expected.
                    Advance();
                    return null;
            }
        }

        /// <summary>The first tab in the indentation of a line, as a file position.</summary>
        private LinePosition? FindTabIndent()
        {
            var lines = text.Split('\n');
            for (int line = 0; line < lines.Length; line++)
            {
                int indent = lines[line].Length - lines[line].TrimStart(' ', '\t').Length;
                int tab = lines[line].IndexOf('\t', 0, indent);
                if (tab >= 0)
                {
                    return new LinePosition(firstLine + line, tab);
                }
            }

            return null;
        }

        private void CheckTag(TagName tag, Mark start)
        {
            if (tag.IsEmpty || tag.IsNonSpecific)
            {
                return;
            }

            string value = tag.Value;
            if (!value.StartsWith(StandardTagPrefix, StringComparison.Ordinal)
                || !PlainTags.Contains(value[StandardTagPrefix.Length..]))
            {
                Report(FrontMatterDescriptors.UnsupportedTag, Map(start), value);
            }
        }

        private void Expect<T>()
            where T : ParsingEvent
        {
            if (parser.Current is null)
            {
                Advance();
            }

            if (parser.Current is not T)
            {
                throw new StopReading();
            }
        }

        private bool Advance() => parser.MoveNext();

        private void Report(DiagnosticDescriptor descriptor, LinePosition at, params object?[] args) =>
            diagnostics.Add(Diagnostic.Create(descriptor, new SourceLocation(path, at, at), args));

        private LinePosition Map(Mark mark) =>
            new(firstLine + (int)Math.Max(0, mark.Line - 1), (int)Math.Max(0, mark.Column - 1));

        private static string CleanMessage(string message)
        {
            // YamlDotNet prefixes messages with "(Line: 3, Col: 1, Idx: 20) - (Line: ...): "; positions are ours.
            int index = message.LastIndexOf("): ", StringComparison.Ordinal);
            string text = index >= 0 ? message[(index + 3)..] : message;
            return text.TrimEnd('.');
        }
    }

    private sealed class StopReading : Exception
    {
    }
}
