using Rgiem.Bench.Corpus;
using Rgiem.Core.Compilation;
using Rgiem.Core.Model;
using Rgiem.Docx.Packaging;
using Rgiem.Docx.Templates;
using Rgiem.Testing;

namespace Rgiem.Docx.Tests;

/// <summary>
/// The parts rgiem writes from its own elements are serialized by <see cref="PartXml"/> (our UTF-8 writer), not the Open
/// XML SDK's <c>XmlWriter</c>, and the house style's <c>document.xml</c> is written straight from the model
/// (<see cref="Writers.DocumentXml"/>, <see cref="Writers.DirectBodyWriter"/>) without the typed elements: every package
/// is byte for byte the one the typed writers and the SDK's serializer give (and the one the typed writers and
/// <see cref="PartXml"/> give), for every sample project, every delta pair, the exported template of each document type
/// and a few hundred records of the benchmark corpus of both shapes.
/// </summary>
public sealed class PartXmlEquivalenceTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData("rg-iem")]
    [InlineData("types")]
    [InlineData("body")]
    [InlineData("review")]
    [InlineData("group")]
    public void Sample_projects_are_byte_identical_to_the_sdk_serializer(string project) =>
        AssertSame(Path.Combine(RepoPaths.Samples, project), RepoPaths.Root);

    [Theory]
    [InlineData("Standard", 150)]
    [InlineData("Varied", 150)]
    public void Bench_corpus_records_are_byte_identical_to_the_sdk_serializer(string shape, int count)
    {
        string corpus = temp.Combine("corpus-" + shape);
        CorpusWriter.Write(corpus, count, seed: 7, Enum.Parse<CorpusShape>(shape));
        Assert.Equal(count, AssertSame(corpus, corpus));
    }

    [Fact]
    public void Deltas_and_exported_templates_are_byte_identical_to_the_sdk_serializer()
    {
        foreach (var pair in DeltaCorpus.Pairs)
        {
            Assert.Equal(Old(() => DeltaCorpus.Render(pair.Old, pair.New).Docx), DeltaCorpus.Render(pair.Old, pair.New).Docx);
        }

        foreach (var type in Enum.GetValues<DocumentType>())
        {
            Assert.Equal(Old(() => BuiltInTemplate.Export(type)), BuiltInTemplate.Export(type));
        }
    }

    /// <summary>The corners of the direct body writer the samples may miss, with and without a table of contents.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Body_written_from_the_model_is_byte_identical_to_the_typed_writers(bool toc)
    {
        const string Body = """
            NOTE – Before the contents.

            ```{toc}
            ```

            # 1 Scope {#sec:scope}

            Plain *emphasis **bold `code` ~~strike~~** x* H~2~O x^2^ text with a tab	and a [link](https://example.org/a?b=1&c=<2>) with a [nested *one* [inner](https://example.org/b)](https://example.org/c), see @sec:scope, @tbl:one and @fig:none.[^1] A hard  
            break.

            [^1]: A footnote with a list:

                - one
                - two

            ## Unnumbered heading {#sec:plain}

            ### 1.1.1 Deep

            - bullet *one*
              1. ordered
              2. second

                 second paragraph

                 | a | b |
                 |---|---|
                 | 1 | 2 |
            - Action 1: do something
            -
              - starts with a list

            + dash {++inserted++} and {--deleted *text*--} and {==anchor==}{>>a comment<<}
              + nested dash
            +
              1) nested ITU start

            3) third
            4) fourth

            > quote with a paragraph
            >
            > - list in quote
            >
            > Action 2: a quoted action

            ```
            code with "quotes" & <angle>
            	tabbed
            ```

            ---

            | x |
            |---|
            | 1 |

            | y |
            |---|
            | 2 |

            Table: One {#tbl:one}

            | z |
            |---|
            | 3 |

            # Annex A {#sec:annex}

            # Annex B: With a title

            Text.
            """;
        string text = Records.WithBody(Body);
        text = toc
            ? text.Replace("abstract:", "toc: true\nabstract:", StringComparison.Ordinal)
            : text.Replace("```{toc}\n```\n\n", string.Empty, StringComparison.Ordinal);

        var (bound, diagnostics) = Records.Bind(text);
        Assert.True(bound is not null, string.Join("; ", diagnostics));
        Assert.Equal(toc, bound.Record.Metadata.Toc);

        // What Markdown cannot write: emphasis nested past the writers' depth, control characters, CR LF in code.
        Core.Model.Inline deep = new Core.Model.TextRun("deep\u0001 \ud800text");
        for (int i = 0; i < 70; i++)
        {
            deep = new Core.Model.StyledRun(i % 2 == 0 ? Core.Model.InlineStyle.Bold : Core.Model.InlineStyle.Italic, [deep]);
        }

        var location = Core.Diagnostics.SourceLocation.FileOnly("record.md");
        var record = bound.Record with
        {
            Body =
            [
                .. bound.Record.Body,
                new Core.Model.ParagraphBlock([deep, new Core.Model.TextRun("a\r\nb\rc\n\td")], location),
                new Core.Model.CodeBlock("line\r\nnext\n\n", location),
                new Core.Model.ParagraphBlock([], location),
            ],
        };
        var renderer = new DocxRenderer(new DocxRenderOptions(Validate: true));
        int direct = Writers.DocumentXml.WrittenDirectly;
        var result = renderer.Render(record, temp.FullPath);
        Assert.True(result.Content is not null, string.Join("; ", result.Diagnostics));
        Assert.Equal(direct + 1, Writers.DocumentXml.WrittenDirectly);
        Assert.Equal(Typed(() => renderer.Render(record, temp.FullPath).Content!), result.Content);
        Assert.Equal(Old(() => renderer.Render(record, temp.FullPath).Content!), result.Content);
    }

    /// <summary>
    /// The cover written from its layout (<see cref="Writers.DirectCoverWriter"/>): every document type of samples/types,
    /// with and without a logo, without contacts, with the project's, and with two (all rows; name and e-mail only), with
    /// its own action, none, one of several blocks and one that starts with a list.
    /// </summary>
    [Fact]
    public void Covers_written_from_the_layout_are_byte_identical_to_the_typed_writers()
    {
        string project = temp.Combine("types");
        Directory.CreateDirectory(project);
        foreach (string file in Directory.GetFiles(Path.Combine(RepoPaths.Samples, "types")))
        {
            File.Copy(file, Path.Combine(project, Path.GetFileName(file)));
        }

        File.WriteAllBytes(Path.Combine(project, "logo.png"), TestPng.Create(400, 500));
        var compilation = Compiler.Compile(new CompilationOptions([project], project));
        var records = compilation.Records.OrderBy(r => r.FullPath, StringComparer.Ordinal).ToList();
        Assert.Equal(7, records.Count);

        IReadOnlyList<Contact>[] contacts =
        [
            [],
            [new Contact("Ann Example", "TSB & <ITU>", "Switzerland", "+41 22 730 0000", "ann@example.org"), new Contact("Bo Example", null, null, null, "bo@example.org")],
        ];
        IReadOnlyList<Block>[] actions =
        [
            [],
            Blocks("Review the text and *approve* it.\n\n1. first\n2. second\n\n   more\n\nThen approve.\n\n| a |\n|---|\n| 1 |\n"),
            Blocks("- one\n- two\n\nAfter the list.\n"),
        ];
        var renderer = new DocxRenderer(new DocxRenderOptions(Validate: false));
        int compared = 0;
        foreach (var compiled in records)
        {
            Assert.False(compiled.HasErrors, compiled.DisplayPath + ": " + string.Join("; ", compiled.Diagnostics));
            var original = compiled.Bound!.Record;
            foreach (string? logo in new[] { null, "logo.png" })
            {
                foreach (var people in contacts.Prepend(original.Metadata.Contacts))
                {
                    foreach (var action in actions.Prepend(original.Metadata.Action))
                    {
                        var record = original with { Metadata = original.Metadata with { Logo = logo, Contacts = people, Action = action } };
                        string name = $"{compiled.DisplayPath} (logo {logo ?? "none"}, {people.Count} contacts, {action.Count} action blocks)";
                        int direct = Writers.DocumentXml.WrittenDirectly;
                        var result = renderer.Render(record, project);
                        Assert.True(result.Content is not null, name + ": " + string.Join("; ", result.Diagnostics));
                        Assert.True(Writers.DocumentXml.WrittenDirectly == direct + 1, name + ": document.xml was not written from the model");
                        Assert.True(Typed(() => renderer.Render(record, project).Content!).AsSpan().SequenceEqual(result.Content), name + ": the cover written from its layout differs from the typed writer's");
                        Assert.True(Old(() => renderer.Render(record, project).Content!).AsSpan().SequenceEqual(result.Content), name + ": the package differs from the SDK serializer's");
                        compared++;
                    }
                }
            }
        }

        Assert.Equal(7 * 2 * 3 * 4, compared);

        static IReadOnlyList<Block> Blocks(string markdown)
        {
            var (bound, diagnostics) = Records.Bind(Records.WithBody(markdown));
            Assert.True(bound is not null, string.Join("; ", diagnostics));
            return bound.Record.Body;
        }
    }

    [Fact]
    public void Shared_parts_are_byte_identical_to_the_sdk_serializer()
    {
        var numbering = new HouseStyle.ListNumbering();
        numbering.NewOrderedList(0, 3);
        numbering.NewOrderedList(1, 1);
        DocumentFormat.OpenXml.OpenXmlPartRootElement[] roots =
        [
            HouseStyle.StylesBuilder.Build("en-GB"),
            HouseStyle.StylesBuilder.Build("fr-FR", tableOfContents: true),
            HouseStyle.SettingsBuilder.Build("en-GB"),
            HouseStyle.SettingsBuilder.Build("en-GB", trackRevisions: true),
            Writers.HeaderWriter.FirstPage(),
            Writers.HeaderWriter.LaterPages("TSAG-TD521 & <R1>"),
            numbering.Build(),
            new DocumentFormat.OpenXml.Wordprocessing.Document(new DocumentFormat.OpenXml.Wordprocessing.Body(
                new DocumentFormat.OpenXml.Wordprocessing.Paragraph(Writers.InlinePicture.Create(7, "Picture 7", "Picture 7", "a \"logo\"\tof <R&D>", "rIdX100", 914400, 457200)),
                DocxRenderer.SectionProperties())),
        ];
        foreach (var root in roots)
        {
            var fast = new Writers.Utf8XmlWriter(16);
            Assert.True(PartXml.Write(root, fast), root.LocalName + " was saved by the SDK, not by PartXml");
            using var sdk = new MemoryStream();
            root.Save(sdk);
            Assert.Equal(System.Text.Encoding.UTF8.GetString(sdk.ToArray()), System.Text.Encoding.UTF8.GetString(fast.Written));
        }
    }

    /// <summary>Renders every record of a project both ways and compares the packages; the number of records.</summary>
    private static int AssertSame(string project, string root)
    {
        var compilation = Compiler.Compile(new CompilationOptions([project], root));
        var renderer = new DocxRenderer(new DocxRenderOptions(Validate: false));
        int count = 0;
        PartXml.SavedBySdk = 0;
        foreach (var compiled in compilation.Records.OrderBy(r => r.FullPath, StringComparer.Ordinal))
        {
            Assert.False(compiled.HasErrors, compiled.DisplayPath + ": " + string.Join("; ", compiled.Diagnostics));
            var record = compiled.Bound!.Record;
            string folder = Path.GetDirectoryName(compiled.FullPath)!;
            int direct = Writers.DocumentXml.WrittenDirectly;
            byte[] fast = renderer.Render(record, folder).Content!;
            if (record.Metadata.Template is null)
            {
                Assert.True(Writers.DocumentXml.WrittenDirectly == direct + (record.Metadata.Styles.Count == 0 ? 1 : 0), compiled.DisplayPath + ": document.xml was not written from the model");
                Assert.True(PartXml.SavedBySdk == 0, compiled.DisplayPath + ": a part of the house style was saved by the SDK, not by PartXml");
            }

            byte[] typed = Typed(() => renderer.Render(record, folder).Content!);
            Assert.True(typed.AsSpan().SequenceEqual(fast), compiled.DisplayPath + ": the document written from the model differs from the typed writers'");
            byte[] sdk = Old(() => renderer.Render(record, folder).Content!);
            Assert.True(sdk.AsSpan().SequenceEqual(fast), compiled.DisplayPath + ": the package differs from the SDK serializer's");
            count++;
        }

        return count;
    }

    /// <summary>The old path: the typed writers' elements, saved by the SDK.</summary>
    private static byte[] Old(Func<byte[]> render)
    {
        PartXml.UseOpenXmlSdk = true;
        try
        {
            return Typed(render);
        }
        finally
        {
            PartXml.UseOpenXmlSdk = false;
        }
    }

    /// <summary>The typed writers' elements for the house style's document too, serialized as the other parts are.</summary>
    private static byte[] Typed(Func<byte[]> render)
    {
        Writers.DocumentXml.UseTypedElements = true;
        try
        {
            return render();
        }
        finally
        {
            Writers.DocumentXml.UseTypedElements = false;
        }
    }
}
