using System.Text;
using Rgiem.Core.Binding;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.FileSystem;
using Rgiem.Core.Loading;
using Rgiem.Core.Model;
using Rgiem.Core.Tests.Performance.Definitions;
using Rgiem.Core.Text;

namespace Rgiem.Core.Tests.Performance;

/// <summary>
/// Reading and binding a record allocate less (issue 21): the body binder joins a run of text runs with one
/// concatenation and returns a list with nothing to join as it is, skips the walk of the leaves when the first run
/// decides, takes a lone text run's text as the plain text, the line starts are counted before they are stored, valid
/// UTF-8 is decoded by the shared decoder and a file is read with fewer system calls. Each is held here to the code it
/// replaced, kept in this file as the definition, on random input built from the cases that matter (fixed seeds).
/// </summary>
public class BindingAllocationEquivalenceTests
{
    [Fact]
    public void Merged_text_runs_are_those_of_the_run_by_run_merge()
    {
        var random = new Random(2125);
        int joined = 0;
        for (int round = 0; round < 40_000; round++)
        {
            var inlines = RandomInlines(random);
            var before = inlines.ToList();
            var expected = MergeTextDefinition(inlines);
            var actual = BodyBinder.MergeText(inlines);
            Assert.Equal(before, inlines);
            Assert.Equal(expected, actual);
            if (!ReferenceEquals(actual, inlines))
            {
                joined++;
            }
            else
            {
                // Nothing joined: the definition gave the same runs, one for one.
                Assert.Equal(inlines.Count, expected.Count);
            }
        }

        Assert.True(joined > 1_000, $"{joined} lists had runs to join");
    }

    [Fact]
    public void Plain_text_and_trimmed_starts_are_those_of_the_walk()
    {
        var random = new Random(2126);
        for (int round = 0; round < 40_000; round++)
        {
            var inlines = RandomInlines(random);
            Assert.Equal(BlockWalker.PlainText(inlines), InlineEditing.PlainText(inlines));
            Assert.Equal(Dump(TrimStartDefinition(inlines)), Dump(InlineEditing.TrimStart(inlines)));
        }
    }

    [Fact]
    public void A_prefix_cut_with_the_blanks_after_it_is_the_cut_then_the_trim()
    {
        var random = new Random(2132);
        for (int round = 0; round < 40_000; round++)
        {
            var inlines = RandomInlines(random);
            if (random.Next(2) == 0 && inlines.Count > 1)
            {
                // A lone run, as most headings are: the case cut in one step.
                inlines.RemoveRange(1, inlines.Count - 1);
            }

            int count = random.Next(0, 8);
            Assert.Equal(Dump(InlineEditing.TrimStart(InlineEditing.RemovePrefix(inlines, count))), Dump(InlineEditing.RemovePrefixAndTrimStart(inlines, count)));
        }
    }

    [Fact]
    public void Action_label_prefilter_answers_as_its_walk_of_the_leaves()
    {
        const string alphabet = "ARGab09-: \u00A0\t.٣";
        var random = new Random(2127);
        for (int round = 0; round < 60_000; round++)
        {
            var inlines = new List<Inline>();
            for (int i = random.Next(0, 4); i > 0; i--)
            {
                var text = new StringBuilder();
                for (int c = random.Next(0, 6); c > 0; c--)
                {
                    text.Append(alphabet[random.Next(alphabet.Length)]);
                }

                inlines.Add(random.Next(6) switch
                {
                    0 => new CodeRun(text.ToString()),
                    1 => new BreakRun(),
                    2 => new StyledRun(InlineStyle.Bold, [new TextRun(text.ToString())]),
                    _ => new TextRun(text.ToString()),
                });
            }

            Assert.Equal(ActionLabelStartDefinition.MayStartWithActionLabel(inlines), BodyBinder.MayStartWithActionLabel(inlines));
        }
    }

    [Fact]
    public void Line_starts_give_the_positions_of_the_scan_they_replaced()
    {
        var random = new Random(2128);
        for (int round = 0; round < 5_000; round++)
        {
            var text = new StringBuilder();
            for (int i = random.Next(0, 60); i > 0; i--)
            {
                text.Append("ab\n\n é"[random.Next(6)]);
            }

            var source = new SourceText("r.md", text.ToString());
            var starts = LineStartsDefinition(source.Text);
            Assert.Equal(starts.Count, source.LineCount);
            for (int offset = 0; offset <= source.Text.Length + 1; offset++)
            {
                int line = starts.FindLastIndex(s => s <= Math.Min(offset, source.Text.Length));
                Assert.Equal(new LinePosition(line, Math.Min(offset, source.Text.Length) - starts[line]), source.GetPosition(Math.Min(offset, source.Text.Length)));
            }
        }
    }

    [Fact]
    public void Decoding_gives_the_strict_decoders_text_or_its_error()
    {
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        byte[][] pieces =
        [
            "a"u8.ToArray(), "\n"u8.ToArray(), "\r\n"u8.ToArray(), "é"u8.ToArray(), "–"u8.ToArray(), "😀"u8.ToArray(), [0xEF, 0xBB, 0xBF],
            [0xC3], [0xA9], [0xE2, 0x80], [0xF0, 0x9F, 0x98], [0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80],
        ];
        var random = new Random(2129);
        int invalid = 0;
        for (int round = 0; round < 20_000; round++)
        {
            var bytes = new List<byte>();
            for (int i = random.Next(0, 12); i > 0; i--)
            {
                // Mostly valid text, so that both sides of the check are taken.
                bytes.AddRange(pieces[random.Next(random.Next(4) == 0 ? pieces.Length : 7)]);
            }

            var result = SourceLoader.Decode(bytes.ToArray(), "r.md");
            string? expected;
            try
            {
                expected = SourceText.Normalize(strict.GetString(bytes.ToArray()));
            }
            catch (DecoderFallbackException)
            {
                expected = null;
                invalid++;
            }

            Assert.Equal(expected, result.Source?.Text);
            Assert.Equal(expected is null ? 1 : 0, result.Diagnostics.Count);
        }

        Assert.InRange(invalid, 1_000, 19_000);
    }

    [Fact]
    public void A_file_read_with_few_system_calls_has_the_bytes_of_the_file()
    {
        string folder = Directory.CreateTempSubdirectory("rgiem-read-").FullName;
        try
        {
            var random = new Random(2130);
            foreach (int size in new[] { 0, 1, 100, 4095, 4096, 4097, 9_000, 70_000 })
            {
                var bytes = new byte[size];
                random.NextBytes(bytes);
                string path = Path.Combine(folder, $"f{size}.md");
                File.WriteAllBytes(path, bytes);
                Assert.Equal(bytes, InputFile.Read(path, 1 << 20).Bytes);
                Assert.Equal(size > 4096 ? ReadProblem.TooLarge : ReadProblem.None, InputFile.Read(path, 4096).Problem);
                Assert.Equal(size > 4095 ? ReadProblem.TooLarge : ReadProblem.None, InputFile.Read(path, 4095).Problem);
            }

            if (OperatingSystem.IsLinux())
            {
                // A regular file whose size the file system gives as 0.
                Assert.Equal(File.ReadAllBytes("/proc/version"), InputFile.Read("/proc/version", 1 << 20).Bytes);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Text runs on a few lines and columns (so that many are adjacent), without a location, and other inlines.</summary>
    private static List<Inline> RandomInlines(Random random)
    {
        var inlines = new List<Inline>();
        for (int i = random.Next(0, 8); i > 0; i--)
        {
            string text = " \tab\u00A0"[..random.Next(0, 6)];
            inlines.Add(random.Next(10) switch
            {
                0 => new CodeRun(text),
                1 => new BreakRun(),
                2 => new StyledRun(InlineStyle.Italic, [new TextRun(text)]),
                3 => new TextRun(text),
                _ => new TextRun(text, SourceLocation.At("r.md", random.Next(2), random.Next(12), random.Next(3))),
            });
        }

        return inlines;
    }

    /// <summary>The inlines as text, children included (a record compares its list of children by reference).</summary>
    private static string Dump(IEnumerable<Inline> inlines) => string.Join(", ", inlines.Select(inline => inline switch
    {
        TextRun text => $"text '{text.Text}' {text.Location}",
        StyledRun styled => $"{styled.Style} [{Dump(styled.Children)}]",
        var other => other.ToString(),
    }));

    /// <summary>The merge as it was: run by run, a new string and record each join.</summary>
    private static List<Inline> MergeTextDefinition(List<Inline> inlines)
    {
        var merged = new List<Inline>(inlines.Count);
        foreach (var inline in inlines)
        {
            if (inline is TextRun text && merged.Count > 0 && merged[^1] is TextRun previous && SameLine(previous, text))
            {
                merged[^1] = previous with { Text = previous.Text + text.Text };
            }
            else
            {
                merged.Add(inline);
            }
        }

        return merged;

        static bool SameLine(TextRun a, TextRun b) =>
            a.Location is null || b.Location is null
                ? a.Location is null && b.Location is null
                : a.Location.Start.Line == b.Location.Start.Line
                  && a.Location.Start.Character + a.Text.Length == b.Location.Start.Character;
    }

    private static IReadOnlyList<Inline> TrimStartDefinition(IReadOnlyList<Inline> inlines)
    {
        string plain = BlockWalker.PlainText(inlines);
        int leading = plain.Length - plain.TrimStart(' ', '\t', '\u00A0').Length;
        return leading == 0 ? inlines : InlineEditing.RemovePrefix(inlines, leading);
    }

    private static List<int> LineStartsDefinition(string text)
    {
        var starts = new List<int> { 0 };
        int index = -1;
        while ((index = text.IndexOf('\n', index + 1)) >= 0)
        {
            starts.Add(index + 1);
        }

        return starts;
    }
}
