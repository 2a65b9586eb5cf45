using System.Globalization;
using System.Text;
using Rgiem.Core.Binding;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.FrontMatter;
using Rgiem.Core.Model;
using Rgiem.Core.Project;
using Rgiem.Core.Tests.Performance.Definitions;
using Rgiem.Core.Text;
using Rgiem.Core.Yaml;
using Rgiem.Testing;

namespace Rgiem.Core.Tests.Performance;

/// <summary>
/// The front matter stages of h28c (issue 21) give what they gave before, held to the old code kept as the oracle:
/// <see cref="FrontMatterValidator"/> (names made only for messages) against <see cref="FrontMatterValidatorDefinition"/>
/// (the same values, keys, locations and reviews, the same diagnostics in the same order, with and without project
/// defaults and a path prefix); <see cref="SourceMap"/> reading the tree against <see cref="SourceMapDefinition"/>'s table
/// of every path (the same <c>Value</c>, <c>Key</c> and <c>Has</c> for every path of the table and hundreds of paths
/// near them, the same tables in the same order, the same summary map); <c>FrontMatterSchema.IsUsualPurpose</c> read in
/// place against the old split; the metadata's reviews, contacts, sessions and documents against the old LINQ. The
/// texts: the samples' front matters and YAML files, front matters in the bench corpus's style, and thousands of
/// mutations of both (YAML tokens, values of every kind — CriticMarkup, lists, mappings, bad dates, numbers, choices —,
/// renamed, repeated and deleted keys), most of them with diagnostics.
/// </summary>
public class FrontMatterBindingEquivalenceTests
{
    private static readonly string[] Values =
    [
        "", "~", "null", "[]", "{}", "[a, b]", "[TSAG, '{++new++} x']", "{x: y}", "{place: Geneva, from: 2024-07-29}", "'{++new++} text'",
        "\"{--old--}{++new++}\"", "a {++b++} c", "{++x++}", "'{~~a~>b~~}'", "'{>>note<<}'", "'{==hi==}{>>c<<}'", "'{++unclosed'", "2024-13-01",
        "2024-07-29", "2024-07-29 ", "12", "-3", "007", "'12'", "true", "True", "yes", "TD", "td", "c", "LS", "Report", "Information and action",
        "Discussion/Decision", "Admin & Report", "Action and  and Report", "action AND report", "Information, ", "x", "RG-IEM", "WP2/TSAG",
        "Q4/19", "bad group!", "2022-2024", "2022–2026", "2024-2022", "2022-2030", "TSAG-TD521", "TSAG-TD521R1", "DOC5 (230131)", "bad number",
        "meetings/*.md", "/abs/path", "[meetings/a.md, ~/x]", "progress-report", "meeting", "agreed", "APPROVED", "'  '", "|\n  text\n", ">-\n  a\n  b\n",
        "\n  - name: A\n    email: '{++a@b.c++}'\n  - B\n", "\n  - {action: RG-IEM-4, status: done}\n  - {action: bad id, status: x}\n",
        "\n  - {date: 2024-07-30, time: 0930-1045 hours}\n  - 2024-07-31\n  - {time: x}\n", "\n  - TSAG-TD1\n  - {number: ' '}\n  - [x]\n",
    ];

    /// <summary>Values with CriticMarkup, read or refused by every kind of field.</summary>
    private static readonly string[] Critic =
    [
        "'{++new++} text'", "\"{--old--}{++new++}\"", "'{~~a~>b~~}'", "'{>>note<<}'", "'{==hi==}{>>c<<}'", "'x {++y'", "[a, '{++b++}']",
        "'{++2024-07-29++}'", "'{++TSAG-TD1++}'", "'{--x--}'", "\n  - '{++a++}'\n  - b\n", "\n  - {name: '{++N++}', email: '{~~a~>b~~}'}\n",
    ];

    private static readonly string[] KeyNames =
    [
        "number", "type", "group", "parent", "study-period", "original", "questions", "meeting", "source", "title", "purpose", "contacts", "keywords",
        "abstract", "action", "for-action", "for-information", "for", "to", "approval", "deadline", "action-prefix", "sessions", "chair",
        "associate-rapporteurs", "documents", "statistics", "kind", "covers", "action-status", "logo", "template", "toc", "toc-title", "lang",
        "date", "doc", "authors", "session", "titel", "x-unknown", "place", "from", "files", "participants", "africa", "report",
    ];

    [Fact]
    public void Validation_source_maps_and_metadata_match_the_old_code_on_samples_corpus_and_mutations()
    {
        var defaults = SampleDefaults();
        var random = new Random(2803);
        var bases = PlainYamlReaderEquivalenceTests.SampleTexts()
            .Concat(Enumerable.Range(0, 200).Select(i => PlainYamlReaderEquivalenceTests.CorpusFrontMatter(new Random(500 + i))))
            .ToList();
        var texts = new List<string>(bases);
        for (int i = 0; i < 6_000; i++)
        {
            string text = bases[random.Next(bases.Count)];
            for (int edits = random.Next(1, 4); edits > 0; edits--)
            {
                text = random.Next(3) == 0 ? PlainYamlReaderEquivalenceTests.Mutate(text, random) : MutateValue(text, random);
            }

            texts.Add(text);
        }

        int withDiagnostics = 0;
        int withReviews = 0;
        for (int i = 0; i < texts.Count; i++)
        {
            var (diagnostics, reviews) = AssertSame(texts[i], i % 3 == 0 ? null : defaults, i % 17 == 0 ? "defaults." : string.Empty);
            withDiagnostics += diagnostics > 0 ? 1 : 0;
            withReviews += reviews > 0 ? 1 : 0;
        }

        // Both sides of every shortcut are exercised: most mutated texts have diagnostics, some have reviews.
        Assert.True(withDiagnostics > texts.Count / 3, $"only {withDiagnostics} of {texts.Count} texts had diagnostics");
        Assert.True(withReviews > 60, $"only {withReviews} texts had reviews");
    }

    [Fact]
    public void A_field_table_answers_as_a_dictionary_filled_by_the_same_adds()
    {
        var random = new Random(2905);
        string[] names = ["number", "title", "source", "date", "time", "note", "x", "Title", "", "number "];
        for (int round = 0; round < 2_000; round++)
        {
            int count = random.Next(0, 9);
            var table = new FieldTable<int>(count);
            var dictionary = new Dictionary<string, int>(count, StringComparer.Ordinal);
            foreach (string name in names.OrderBy(_ => random.Next()).Take(count))
            {
                int value = random.Next();
                table.Add(name, value);
                dictionary[name] = value;
            }

            Assert.Equal(dictionary.Count, table.Count);
            Assert.Equal(dictionary.ToList(), table.ToList());
            Assert.Equal(dictionary.Keys.ToList(), table.Keys.ToList());
            Assert.Equal(dictionary.Values.ToList(), table.Values.ToList());
            foreach (string name in names)
            {
                Assert.Equal(dictionary.TryGetValue(name, out int expected), table.TryGetValue(name, out int actual));
                Assert.Equal(expected, actual);
                Assert.Equal(dictionary.ContainsKey(name), table.ContainsKey(name));
                Assert.Equal(dictionary.TryGetValue(name, out _), table.TryGetValue(name.AsSpan(), out string? key, out _));
                Assert.True(key is null || ReferenceEquals(key, dictionary.Keys.First(k => k == name)));
                if (dictionary.TryGetValue(name, out int indexed))
                {
                    Assert.Equal(indexed, table[name]);
                }
                else
                {
                    Assert.Throws<KeyNotFoundException>(() => table[name]);
                }
            }
        }
    }

    [Fact]
    public void The_comparison_of_values_sees_the_order_of_a_field_table()
    {
        // The oracle test above compares dumps in enumeration order: a table filled in another order must not pass.
        var where = SourceLocation.At("r.md", 1, 0, 3);
        var value = new ScalarValue("x", new YamlScalar("x", true, new LinePosition(1, 0), new LinePosition(1, 1)), where);
        var inOrder = new FieldTable<FieldValue>(2);
        inOrder.Add("number", value);
        inOrder.Add("title", value);
        var reversed = new FieldTable<FieldValue>(2);
        reversed.Add("title", value);
        reversed.Add("number", value);
        var keys = FieldTable<SourceLocation>.Empty;
        Assert.NotEqual(Dump(new ObjectValue(inOrder, keys, where)), Dump(new ObjectValue(reversed, keys, where)));
    }

    [Fact]
    public void Keys_read_with_the_key_table_are_the_same_nodes_and_share_the_schema_strings()
    {
        var texts = PlainYamlReaderEquivalenceTests.SampleTexts()
            .Concat(Enumerable.Range(0, 300).Select(i => PlainYamlReaderEquivalenceTests.CorpusFrontMatter(new Random(900 + i))))
            .ToList();
        int shared = 0;
        foreach (string yaml in texts)
        {
            var plain = YamlReader.Read(yaml, "r.md", 1);
            var keyed = YamlReader.Read(yaml, "r.md", 1, FrontMatterSchema.KeyTable);
            Assert.Equal(DumpNode(plain.Root), DumpNode(keyed.Root));
            if (keyed.Root is YamlMapping mapping)
            {
                shared += mapping.Entries.Count(e => ReferenceEquals(e.Key.Value, FrontMatterSchema.Find(e.Key.Value)?.Key));
            }
        }

        Assert.True(shared > texts.Count, $"only {shared} keys shared");
    }

    private static string DumpNode(YamlNode? node) => node switch
    {
        null => "null",
        YamlScalar scalar => $"scalar {scalar.IsPlain} {scalar.Start} {scalar.End} «{scalar.Value}»",
        YamlSequence sequence => $"seq {sequence.Start} {sequence.End} [{string.Join(", ", sequence.Items.Select(DumpNode))}]",
        YamlMapping mapping => $"map {mapping.Start} {mapping.End} {{{string.Join(", ", mapping.Entries.Select(e => DumpNode(e.Key) + ": " + DumpNode(e.Value)))}}}",
        _ => node.ToString()!,
    };

    [Fact]
    public void Usual_purposes_are_read_as_before()
    {
        string[] pieces = ["Action", "admin", "AGREEMENT", "Report", "x", " and ", " AND ", " And ", "and", ",", ", ", "&", "/", " ", "\t", "\u00A0", "", "Information", "Discussion", "Decision", "  ", "an", " an d "];
        var random = new Random(2804);
        foreach (string purpose in FrontMatterSchema.Purposes.Concat(["", " ", "Information and action", "Discussion/Decision", "Action and and Report", "a and b"]))
        {
            Assert.Equal(FrontMatterValidatorDefinition.IsUsualPurpose(purpose), FrontMatterSchema.IsUsualPurpose(purpose));
        }

        int usual = 0;
        for (int i = 0; i < 50_000; i++)
        {
            var text = new StringBuilder();
            for (int n = random.Next(1, 7); n > 0; n--)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            string purpose = text.ToString();
            bool expected = FrontMatterValidatorDefinition.IsUsualPurpose(purpose);
            Assert.True(expected == FrontMatterSchema.IsUsualPurpose(purpose), $"«{purpose}»");
            usual += expected ? 1 : 0;
        }

        Assert.True(usual > 1_000, $"only {usual} usual purposes");
    }

    private static ObjectValue SampleDefaults()
    {
        const string yaml = "group: RG-IEM\nparent: TSAG\nstudy-period: 2022-2024\noriginal: English\nquestions: N/A\nsource: Rapporteur, TSAG RG-IEM\n"
            + "keywords: [TSAG, RG-IEM, industry engagement, metrics]\ncontacts:\n  - name: Glenn Parsons\n    organization: Ericsson\n    email: x@example.org\n"
            + "meeting:\n  place: Geneva\n  from: 2024-01-01\n";
        var mapping = (YamlMapping)YamlReader.Read(yaml, "rgiem.yaml", 0).Root!;
        return new FrontMatterValidator("rgiem.yaml", new DiagnosticBag()).ValidateObject(mapping, FrontMatterSchema.Fields, "defaults.");
    }

    /// <summary>Compares the old and new stages on one front matter: how many diagnostics and reviews it had.</summary>
    private static (int Diagnostics, int Reviews) AssertSame(string yaml, ObjectValue? defaults, string prefix)
    {
        var read = YamlReader.Read(yaml, "r.md", 1);
        if (read.Root is not YamlMapping mapping)
        {
            return (0, 0);
        }

        var where = SourceLocation.At("r.md", 0, 0, 3);
        var oldBag = new DiagnosticBag();
        var oldValidator = new FrontMatterValidatorDefinition("r.md", oldBag);
        var oldValues = oldValidator.ValidateObject(mapping, FrontMatterSchema.Fields, prefix).Over(defaults);
        oldValidator.CheckRequired(oldValues, FrontMatterSchema.Fields, where, prefix);

        // The new side reads the keys as the binder does, sharing the key table's strings (issue 21, h29c).
        var shared = YamlReader.Read(yaml, "r.md", 1, FrontMatterSchema.KeyTable);
        Assert.Equal(read.Root is null, shared.Root is null);
        var newBag = new DiagnosticBag();
        var newValidator = new FrontMatterValidator("r.md", newBag);
        var newValues = newValidator.ValidateObject((YamlMapping)shared.Root!, FrontMatterSchema.Fields, prefix).Over(defaults);
        newValidator.CheckRequired(newValues, FrontMatterSchema.Fields, where, prefix);

        string expected = Dump(oldValues);
        Assert.True(expected == Dump(newValues), $"values differ on:\n{yaml}\n--- old:\n{expected}\n--- new:\n{Dump(newValues)}");
        string oldDiagnostics = string.Join("\n", oldBag.ToList().Select(Describe));
        Assert.True(oldDiagnostics == string.Join("\n", newBag.ToList().Select(Describe)), $"diagnostics differ on:\n{yaml}\n--- old:\n{oldDiagnostics}\n--- new:\n{string.Join("\n", newBag.ToList().Select(Describe))}");

        AssertSameMap(new SourceMapDefinition(oldValues, where), new SourceMap(newValues, where), yaml);
        int reviews = AssertSameMetadata(newValues, yaml);
        return (oldBag.Count, reviews);
    }

    private static void AssertSameMap(SourceMapDefinition expected, SourceMap actual, string yaml)
    {
        var paths = new List<string> { string.Empty, "number", "meeting.from", "sessions[0].date", "documents[3].title", "x", "[0]", "statistics.report", "contacts[0].name", ".title", "title.", "title[0]", "keywords[0]", "keywords[00]", "keywords[-1]", "keywords[+1]", "keywords[ 1]", "keywords[99999999999]", "meeting..from", "meeting[0]" };
        foreach (string path in expected.Values.Keys.Concat(expected.Keys.Keys))
        {
            paths.Add(path);
            paths.Add(path + ".x");
            paths.Add(path + ".");
            paths.Add(path + "[0]");
            paths.Add(path + "[1]");
            paths.Add(path + "[01]");
            paths.Add(path + "[]");
            paths.Add(path + "]");
            paths.Add("." + path);
            paths.Add(path[..^1]);
            paths.Add(path.Replace("[", "[0", StringComparison.Ordinal));
            paths.Add(path.Replace("].", "]", StringComparison.Ordinal));
            paths.Add(path.Replace(".", "[0].", StringComparison.Ordinal));
        }

        foreach (string path in paths)
        {
            Assert.True(expected.Value(path) == actual.Value(path), $"Value({path}) differs on:\n{yaml}");
            Assert.True(expected.Key(path) == actual.Key(path), $"Key({path}) differs on:\n{yaml}");
            Assert.True(expected.Has(path) == actual.Has(path), $"Has({path}) differs on:\n{yaml}");
        }

        Assert.Equal(expected.Values.ToList(), actual.Values.ToList());
        Assert.Equal(expected.Keys.ToList(), actual.Keys.ToList());
        var expectedSummary = expected.WithoutListItems();
        var actualSummary = actual.WithoutListItems();
        Assert.Equal(expectedSummary.Values.ToList(), actualSummary.Values.ToList());
        Assert.Equal(expectedSummary.Keys.ToList(), actualSummary.Keys.ToList());
        Assert.Equal(expectedSummary.Fallback, actualSummary.Fallback);
        foreach (string path in paths.Take(60))
        {
            Assert.Equal(expectedSummary.Value(path), actualSummary.Value(path));
            Assert.Equal(expectedSummary.Key(path), actualSummary.Key(path));
        }
    }

    /// <summary>The metadata's lists and reviews against the old LINQ and walk; how many reviews there were.</summary>
    private static int AssertSameMetadata(ObjectValue values, string yaml)
    {
        var source = new SourceText("r.md", "---\n" + yaml + "---\n");
        var metadata = MetadataBinder.Bind(values, [source], new DiagnosticBag());
        Assert.Equal(
            values.Objects("contacts").Where(c => c.Text("name") is not null).Select(c => new Contact(c.Text("name")!, c.Text("organization"), c.Text("country"), c.Text("tel"), c.Text("email"))).ToList(),
            metadata.Contacts);
        Assert.Equal(
            values.Objects("sessions").Where(s => s.Date("date") is not null).Select(s => new SessionInfo(s.Date("date")!.Value, s.Text("time"), s.Text("note"))).ToList(),
            metadata.Sessions);
        Assert.Equal(
            values.Objects("documents").Where(d => d.Text("number") is not null).Select(d => new DocumentEntry(d.Text("number")!, d.Text("title"), d.Text("source"))).ToList(),
            metadata.Documents);
        foreach (string key in new[] { "keywords", "questions", "for-action", "to", "associate-rapporteurs" })
        {
            var expected = values.Get(key) is ListValue list ? list.Items.OfType<ScalarValue>().Where(s => s.Review is null || s.Text.Length > 0).Select(s => s.Text).ToList() : [];
            Assert.Equal(expected, values.TextList(key));
        }

        var oldReviews = OldReviews(values);
        Assert.True(
            oldReviews.Count == metadata.Reviews.Count && oldReviews.Zip(metadata.Reviews).All(p => p.First.Key == p.Second.Key && p.First.Value.SequenceEqual(p.Second.Value)),
            $"reviews differ on:\n{yaml}");
        return oldReviews.Count;
    }

    /// <summary><c>MetadataBinder.BindReviews</c> before h28c.</summary>
    private static Dictionary<string, IReadOnlyList<Inline>> OldReviews(ObjectValue values)
    {
        var reviews = new Dictionary<string, IReadOnlyList<Inline>>(StringComparer.Ordinal);
        void Walk(FieldValue value, string path, int depth)
        {
            if (depth > 8)
            {
                return;
            }

            switch (value)
            {
                case ScalarValue { Review: { } review }:
                    reviews[path] = review;
                    break;
                case ListValue list when list.Items.OfType<ScalarValue>().Any(s => s.Review is not null):
                    for (int i = 0; i < list.Items.Count; i++)
                    {
                        if (list.Items[i] is ScalarValue item)
                        {
                            reviews[Index(path, i)] = item.Review ?? [new TextRun(item.Text, item.Location)];
                        }
                    }

                    break;
                case ListValue list:
                    for (int i = 0; i < list.Items.Count; i++)
                    {
                        Walk(list.Items[i], Index(path, i), depth + 1);
                    }

                    break;
                case ObjectValue obj:
                    foreach (var (key, field) in obj.Fields)
                    {
                        Walk(field, path + "." + key, depth + 1);
                    }

                    break;
            }
        }

        foreach (var (key, field) in values.Fields)
        {
            Walk(field, key, 0);
        }

        return reviews;
    }

    private static string Index(string path, int index) => path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    private static string Describe(Diagnostic d) => $"{d.Id} {d.Severity} {Where(d.Location)} {d.Message}";

    private static string Where(SourceLocation location) => $"{location.Path}:{location.Start.Line}:{location.Start.Character}-{location.End.Line}:{location.End.Character}";

    private static string Dump(FieldValue value)
    {
        var text = new StringBuilder();
        Dump(value, text, 0);
        return text.ToString();
    }

    private static void Dump(FieldValue? value, StringBuilder text, int depth)
    {
        text.Append(' ', depth * 2);
        switch (value)
        {
            case null:
                text.Append("null\n");
                break;
            case ObjectValue obj:
                text.Append("object ").Append(Where(obj.Location)).Append('\n');
                foreach (var (key, child) in obj.Fields)
                {
                    text.Append(' ', depth * 2 + 1).Append(key).Append(":\n");
                    Dump(child, text, depth + 1);
                }

                foreach (var (key, location) in obj.KeyLocations)
                {
                    text.Append(' ', depth * 2 + 1).Append("key ").Append(key).Append(' ').Append(Where(location)).Append('\n');
                }

                break;
            case ListValue list:
                text.Append("list ").Append(Where(list.Location)).Append('\n');
                foreach (var item in list.Items)
                {
                    Dump(item, text, depth + 1);
                }

                break;
            case ScalarValue scalar:
                text.Append(CultureInfo.InvariantCulture, $"scalar «{scalar.Text}» {Where(scalar.Location)} node «{scalar.Node.Value}» {scalar.Node.IsPlain} {scalar.Node.Start}-{scalar.Node.End}");
                if (scalar.Review is { } review)
                {
                    text.Append(" review ").AppendJoin(" | ", review.Select(r => r.ToString()));
                }

                text.Append('\n');
                break;
            case DateValue date:
                text.Append(CultureInfo.InvariantCulture, $"date {date.Date:yyyy-MM-dd} {Where(date.Location)}\n");
                break;
            case CountValue count:
                text.Append(CultureInfo.InvariantCulture, $"count {count.Count} {Where(count.Location)}\n");
                break;
            default:
                text.Append(value.GetType().Name).Append(' ').Append(Where(value.Location)).Append('\n');
                break;
        }
    }

    /// <summary>A value or a key of one line replaced, a line repeated, deleted or indented, or a field added.</summary>
    private static string MutateValue(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        int line = random.Next(lines.Count);
        string current = lines[line];
        int colon = current.IndexOf(": ", StringComparison.Ordinal);
        if (colon < 0 && current.EndsWith(':'))
        {
            colon = current.Length - 1;
        }

        switch (random.Next(10))
        {
            case 0 when colon > 0:
                lines[line] = current[..colon] + ": " + Critic[random.Next(Critic.Length)];
                break;
            case 1 or 2 or 3 when colon > 0:
                lines[line] = current[..colon] + ": " + Values[random.Next(Values.Length)];
                break;
            case 4 or 5 when colon > 0:
                int indent = current.Length - current.TrimStart(' ', '-').Length;
                lines[line] = current[..indent] + KeyNames[random.Next(KeyNames.Length)] + current[colon..];
                break;
            case 6:
                lines.Insert(line, current);
                break;
            case 7:
                lines.RemoveAt(line);
                break;
            default:
                lines.Insert(line, KeyNames[random.Next(KeyNames.Length)] + ": " + Values[random.Next(Values.Length)]);
                break;
        }

        return string.Join("\n", lines);
    }
}
