using System.Text;
using Rgiem.Testing;

namespace Rgiem.Cli.Tests.BadInput;

/// <summary>
/// The bad inputs: each is written into a folder that also holds the samples' rgiem.yaml, as a file r.md, and
/// built from the realistic sample record 2024-07-geneva-report.md (front matter, clauses, actions). Expected
/// positions are computed from the text, so they follow the sample if it changes.
/// </summary>
public static class BadInputCases
{
    private const string Record = "r.md";
    // Allocation bounds, in MB. Measured: at most 4 MB for the small cases, 34 MB for 100,000 keys, 30 MB for
    // the 6 MB indented list; an oversized file is never read (0.1 MB).
    private const double Small = 16;
    private const double Medium = 128;
    private const double NotRead = 4;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static IReadOnlyList<BadInputCase> All { get; } =
    [
        // Empty: in a folder it is not a record (no front matter), so the folder has none; named, it is RG0015.
        new("empty-file-in-folder", f => Write(f, string.Empty), ".", 2, new("RG0005", null), Small),
        new("empty-file-named", f => Write(f, string.Empty), Record, 1, new("RG0015", Record, 1, 1), Small),
        new("only-dashes", f => Write(f, "---"), ".", 1, new("RG1001", Record, 1, 1), Small),
        new("only-dashes-line", f => Write(f, "---\n"), Record, 1, new("RG1001", Record, 1, 1), Small),
        new("binary", f => Write(f, Binary()), ".", 1, new("RG0002", Record, 1, 1), Small),
        new("latin-1", f => Write(f, Encoding.Latin1.GetBytes(LatinText())), ".", 1, new("RG0003", Record, LineOf(LatinText(), "title:"), ColumnOf(LatinText(), "title:", "é")), Small),
        new("utf8-bom", f => Write(f, [0xEF, 0xBB, 0xBF, .. Utf8.GetBytes(Sample)]), ".", 0, null, Small),
        new("crlf", f => Write(f, Sample.Replace("\n", "\r\n", StringComparison.Ordinal)), ".", 0, null, Small),
        new("cr-only", f => Write(f, Sample.Replace('\n', '\r')), ".", 0, null, Small),
        new("crlf-with-error", f => Write(f, BadDate().Replace("\n", "\r\n", StringComparison.Ordinal)), ".", 1, new("RG1010", Record, LineOf(BadDate(), "  from:"), ColumnOf(BadDate(), "  from:", "2024")), Small),
        new("size-20mb", f => Write(f, Large(20 * 1024 * 1024)), ".", 1, new("RG0004", Record, 1, 1), NotRead),
        new("yaml-alias-bomb", f => Write(f, AliasBomb()), ".", 1, new("RG1004", Record, 3, ColumnOf(AliasBomb(), "lol1:", "*lol")), Small),
        new("lists-dashes-10000", f => Write(f, Body(Repeat("- ", 10_000) + "deep\n")), ".", 1, new("RG2001", Record, BodyLine, 1), Small),
        new("lists-numbered-10000", f => Write(f, Body(Repeat("1. ", 10_000) + "deep\n")), ".", 1, new("RG2001", Record, BodyLine, 1), Small),
        new("lists-indented-10000", f => Write(f, Body(IndentedList(10_000))), ".", 1, new("RG0004", Record, 1, 1), NotRead),
        new("lists-indented-2500", f => Write(f, Body(IndentedList(2_500))), ".", 1, new("RG2001", Record), Medium),
        new("quotes-10000", f => Write(f, Body(new string('>', 10_000) + " deep\n")), ".", 1, new("RG2001", Record, BodyLine, 1), Small),
        new("quotes-spaced-10000", f => Write(f, Body(Repeat("> ", 10_000) + "deep\n")), ".", 1, new("RG2001", Record, BodyLine, 1), Small),
        new("quotes-by-line-2000", f => Write(f, Body(QuoteLadder(2_000))), ".", 1, new("RG2001", Record, BodyLine + 32, 1), Medium),
        new("front-matter-100000-keys", f => Write(f, ManyKeys(100_000)), ".", 1, new("RG1005", Record), Medium),
        new("front-matter-nested-10000", f => Write(f, "---\nx: " + new string('[', 10_000) + new string(']', 10_000) + "\n---\n"), ".", 1, new("RG1005", Record, 2), Small),
        new("front-matter-unclosed", f => Write(f, Unclosed()), ".", 1, new("RG1001", Record, 1, 1), Small),
        new("front-matter-syntax-error", f => Write(f, SyntaxError()), ".", 1, new("RG1002", Record, LineOf(SyntaxError(), "title:")), Small),
        new("front-matter-tab-indent", f => Write(f, TabIndent()), ".", 1, new("RG1002", Record, LineOf(TabIndent(), "\tplace:")), Small),

        // Found by these tests: 30,000 '*' around a word (thousands of nested emphasis levels, a 60 KB paragraph)
        // overflowed the stack in the binder and killed the process.
        new("emphasis-30000", f => Write(f, Body(new string('*', 30_000) + "deep" + new string('*', 30_000) + "\n")), ".", 0, null, Small),
        new("links-10000", f => Write(f, Body(Repeat("[a ", 10_000) + "x" + Repeat("](u)", 10_000) + "\n")), ".", 1, new("RG2001", Record, BodyLine, 1), Small),

        // Found by these tests: Markdig's time is quadratic in a paragraph's length for some text (this took 136 s).
        new("paragraph-500kb", f => Write(f, Body(Repeat("[a](b", 100_000) + "\n")), ".", 1, new("RG2012", Record, BodyLine, 1), Small),
    ];

    /// <summary>The one-based line where <see cref="Body"/> puts its text.</summary>
    public static int BodyLine => Header.Count(c => c == '\n') + 1;

    private static string Sample => File.ReadAllText(Path.Combine(RepoPaths.RgIemSamples, "2024-07-geneva-report.md"));

    /// <summary>The sample's front matter (with both fences) and a first clause heading.</summary>
    private static string Header
    {
        get
        {
            string text = Sample;
            int close = text.IndexOf("\n---\n", 3, StringComparison.Ordinal) + "\n---\n".Length;
            return text[..close] + "\n# 1 Introduction\n\n";
        }
    }

    public static BadInputCase Find(string name) => All.Single(c => c.Name == name);

    private static string Body(string body) => Header + body;

    private static void Write(string folder, string text) => Write(folder, Utf8.GetBytes(text));

    private static void Write(string folder, byte[] bytes)
    {
        File.Copy(Path.Combine(RepoPaths.RgIemSamples, "rgiem.yaml"), Path.Combine(folder, "rgiem.yaml"));
        File.WriteAllBytes(Path.Combine(folder, Record), bytes);
    }

    private static string Repeat(string unit, int count) => new StringBuilder(unit.Length * count).Insert(0, unit, count).ToString();

    /// <summary>A PNG-like file: signature, header chunk, then seeded random bytes. Its first NUL is byte 8.</summary>
    private static byte[] Binary()
    {
        var random = new Random(20240730);
        var noise = new byte[4096];
        random.NextBytes(noise);
        return [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R', .. noise];
    }

    private static string LatinText() =>
        Sample.Replace("title: Draft report", "title: Compte rendu de la réunion, draft report", StringComparison.Ordinal);

    private static string BadDate() => Sample.Replace("from: 2024-07-29", "from: 2024-07-32", StringComparison.Ordinal);

    private static string Unclosed()
    {
        string text = Sample;
        int close = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        return text[..close] + "\n" + text[(close + "\n---\n".Length)..];
    }

    private static string SyntaxError() => Sample.Replace("title: Draft report", "title: [Draft report", StringComparison.Ordinal);

    private static string TabIndent() => Sample.Replace("  place: Geneva", "\tplace: Geneva", StringComparison.Ordinal);

    /// <summary>Realistic clauses until the record is <paramref name="bytes"/> long.</summary>
    private static string Large(int bytes)
    {
        var text = new StringBuilder(Sample);
        int clause = 9;
        while (text.Length < bytes)
        {
            text.Append("\n# ").Append(clause++).Append(" Further discussion\n\n");
            for (int i = 0; i < 20; i++)
            {
                text.Append("The meeting noted TSAG-TD624R2 and agreed to continue the work on the action plan at its next meeting.\n\n");
            }
        }

        return text.ToString();
    }

    /// <summary>The "billion laughs": nine levels of ten aliases each, 10^9 strings if aliases were expanded.</summary>
    private static string AliasBomb()
    {
        var text = new StringBuilder("---\nlol: &lol \"lol\"\n");
        for (int level = 1; level <= 9; level++)
        {
            string previous = level == 1 ? "lol" : "lol" + (level - 1);
            text.Append("lol").Append(level).Append(": &lol").Append(level).Append(" [")
                .AppendJoin(", ", Enumerable.Repeat("*" + previous, 10)).Append("]\n");
        }

        return text.Append("---\n\n# 1 Introduction\n").ToString();
    }

    /// <summary>A list nested <paramref name="levels"/> deep, each level indented two columns more.</summary>
    private static string IndentedList(int levels)
    {
        var text = new StringBuilder();
        for (int i = 0; i < levels; i++)
        {
            text.Append(' ', 2 * i).Append("- level\n");
        }

        return text.ToString();
    }

    /// <summary>Line n holds n quote markers.</summary>
    private static string QuoteLadder(int levels)
    {
        var text = new StringBuilder();
        for (int i = 1; i <= levels; i++)
        {
            text.Append('>', i).Append(" quoted\n");
        }

        return text.ToString();
    }

    private static string ManyKeys(int count)
    {
        var text = new StringBuilder("---\n");
        for (int i = 0; i < count; i++)
        {
            text.Append("key").Append(i).Append(": value ").Append(i).Append('\n');
        }

        return text.Append("---\n\n# 1 Introduction\n").ToString();
    }

    private static int LineOf(string text, string linePrefix) =>
        text.Split('\n').Select((line, index) => (line, index)).First(l => l.line.StartsWith(linePrefix, StringComparison.Ordinal)).index + 1;

    private static int ColumnOf(string text, string linePrefix, string value) =>
        text.Split('\n').First(l => l.StartsWith(linePrefix, StringComparison.Ordinal)).IndexOf(value, StringComparison.Ordinal) + 1;
}
