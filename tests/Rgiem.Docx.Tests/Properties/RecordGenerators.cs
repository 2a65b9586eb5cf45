using System.Globalization;
using System.Text;
using CsCheck;

namespace Rgiem.Docx.Tests.Properties;

/// <summary>
/// CsCheck generators of meeting records: well-typed front matter and Markdown from a grammar of the constructs
/// rgiem supports (headings with and without clause numbers, paragraphs with emphasis, links and document numbers,
/// nested bullet and numbered lists, pipe tables, block quotes, action paragraphs, raw HTML), in words drawn from
/// many scripts (Latin, Greek, Cyrillic, Arabic, CJK, combining marks, emoji) with control characters between them,
/// and sometimes invalid UTF-8 or a lone surrogate in the bytes.
/// </summary>
public static class RecordGenerators
{
    private const string Latin = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéüßøñ";
    private const string Greek = "αβγδεζηθικλμνξοπρστυφχψω";
    private const string Cyrillic = "абвгдежзийклмнопрстуфхцчшщыэюя";
    private const string Arabic = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
    private const string Cjk = "会議報告書国際電気通信連合標準化部門研究委員";
    private static readonly string[] Emoji = ["😀", "🚀", "👍🏽", "🇨🇭", "👩‍💻", "✅", "🧪"];
    private static readonly string[] Combining = ["\u0301", "\u0308", "\u0327", "\u0323\u0302", "\u0651"];

    /// <summary>Characters that are not words: controls, bidirectional marks, zero-width characters, odd spaces.</summary>
    private static readonly string[] OddSeparators =
        ["\u0001", "\u0007", "\u000B", "\u000C", "\u001B", "\u001F", "\u007F", "\u0085", "\u200B", "\u200F", "\u202E", "\u2028", "\u00A0", "\uFEFF", "\t"];

    private static readonly string[] Html =
        ["<script>alert(1)</script>", "<w:p><w:r><w:t>injected</w:t></w:r></w:p>", "<div>\n\nx\n\n</div>", "<!-- comment -->", "</w:body>"];

    public static readonly Gen<string> Word = Gen.Frequency(
        (6, Gen.String[Gen.Char[Latin], 2, 8]),
        (1, Gen.String[Gen.Char[Greek], 2, 6]),
        (1, Gen.String[Gen.Char[Cyrillic], 2, 6]),
        (2, Gen.String[Gen.Char[Arabic], 2, 6]),
        (2, Gen.String[Gen.Char[Cjk], 1, 4]),
        (1, Gen.Select(Gen.String[Gen.Char["aeiouxyz"], 1, 3], Gen.OneOf(Combining), (a, c) => a + c + a)),
        (1, Gen.Select(Gen.String[Gen.Char[Latin], 1, 3], Gen.OneOf(Emoji), (a, e) => a + e)));

    private static readonly Gen<string> Separator = Gen.Frequency((12, Gen.Const(" ")), (1, Gen.OneOf(OddSeparators).Select(s => " " + s + " ")));

    /// <summary>Words joined by spaces (sometimes by odd characters); every word is expected in the document.</summary>
    public static readonly Gen<Fragment> Words = Gen.Select(Word.List[1, 6], Separator.List[6, 6]).Select(pair =>
    {
        var (words, separators) = pair;
        var text = new StringBuilder();
        for (int i = 0; i < words.Count; i++)
        {
            text.Append(i == 0 ? "" : separators[i % separators.Count]).Append(words[i]);
        }

        return new Fragment(text.ToString(), words);
    });

    private static readonly Gen<Fragment> Inline = Gen.Frequency(
        (8, Words),
        (1, Words.Select(w => w with { Markdown = "*" + w.Markdown.Trim() + "*" })),
        (1, Words.Select(w => w with { Markdown = "**" + w.Markdown.Trim() + "**" })),
        (1, Words.Select(w => w with { Markdown = "`" + w.Markdown.Trim().Replace("`", "", StringComparison.Ordinal) + "`" })),
        (1, Gen.Select(Words, Gen.Int[1, 99], (w, n) => w with { Markdown = "[" + w.Markdown.Trim() + "](https://example.org/p" + n + ")" })),
        (1, Gen.Int[1, 999].Select(n => new Fragment("TSAG-TD" + n.ToString(CultureInfo.InvariantCulture), ["TSAG-TD" + n.ToString(CultureInfo.InvariantCulture)]))));

    public static readonly Gen<Fragment> Paragraph = Inline.List[1, 5].Select(parts => Fragment.Join(" ", parts));

    /// <summary>A heading: unnumbered, numbered in sequence (§ is replaced when the record is put together) or numbered at random.</summary>
    private static readonly Gen<Fragment> Heading = Gen.Select(Gen.Int[1, 3], Gen.Int[0, 9], Gen.Int[0, 5], Words, (level, number, numbering, words) =>
        new Fragment(
            new string('#', level) + " " + numbering switch { 0 or 1 => "", 5 => ClauseNumber(level, number) + " ", _ => Sequential + " " } + OneLine(words.Markdown),
            words.Words));

    /// <summary>An action paragraph, numbered in sequence (§) or sometimes at random.</summary>
    private static readonly Gen<Fragment> Action = Gen.Select(Gen.Frequency((5, Gen.Const(0)), (1, Gen.Int[1, 20])), Gen.Bool, Paragraph, (n, rgiem, words) =>
        new Fragment((rgiem ? "RG-IEM-" : "Action ") + (n == 0 ? Sequential : n.ToString(CultureInfo.InvariantCulture)) + ": " + OneLine(words.Markdown), words.Words));

    private const string Sequential = "\uE000";

    private static readonly Gen<Fragment> Quote = Paragraph.Select(p => new Fragment("> " + OneLine(p.Markdown), p.Words));

    private static readonly Gen<Fragment> HtmlBlock = Gen.OneOf(Html).Select(h => new Fragment(h, []));

    private static readonly Gen<Fragment> Table = Gen.Int[1, 4].SelectMany(columns =>
        Words.Select(w => new Fragment(OneLine(w.Markdown).Replace("|", "", StringComparison.Ordinal), w.Words)).Array[columns, columns].List[2, 5].Select(rows =>
        {
            var lines = new List<string>();
            for (int r = 0; r < rows.Count; r++)
            {
                lines.Add("| " + string.Join(" | ", rows[r].Select(c => c.Markdown)) + " |");
                if (r == 0)
                {
                    lines.Add("|" + string.Concat(Enumerable.Repeat("---|", columns)));
                }
            }

            return new Fragment(string.Join("\n", lines), rows.SelectMany(row => row.SelectMany(c => c.Words)).ToList());
        }));

    private static readonly Gen<Fragment> List = Gen.Bool.SelectMany(numbered => ListOf(numbered, 0));

    public static readonly Gen<Fragment> Block = Gen.Frequency(
        (6, Paragraph),
        (2, Heading),
        (2, List),
        (1, Table),
        (1, Quote),
        (2, Action),
        (1, HtmlBlock));

    public static readonly Gen<string> FrontMatter = Gen.Select(
        Gen.Int[1, 999],
        Gen.DateOnly[new DateOnly(2020, 1, 1), new DateOnly(2030, 12, 31)],
        Gen.Int[0, 10],
        Words,
        Word,
        Word,
        (number, from, days, title, place, name) =>
            "---\n"
            + "number: TSAG-TD" + number.ToString(CultureInfo.InvariantCulture) + "\n"
            + "group: RG-IEM\nparent: TSAG\nstudy-period: 2022-2024\n"
            + "meeting: {place: " + Quoted(place) + ", from: " + Iso(from) + ", to: " + Iso(from.AddDays(days)) + "}\n"
            + "source: Rapporteur, TSAG RG-IEM\n"
            + "title: " + Quoted(OneLine(title.Markdown)) + "\n"
            + "contacts:\n  - {name: " + Quoted(name) + ", organization: Ericsson, country: Canada, email: rapporteur@example.org}\n"
            + "abstract: This TD contains the draft report.\n"
            + "---\n\n");

    /// <summary>A whole record: its text, the words to find, and its bytes (one in eight with a broken byte sequence).</summary>
    public static readonly Gen<GeneratedRecord> Record = Gen.Select(
        FrontMatter,
        Block.List[0, 12],
        Gen.Frequency((7, Gen.Const(-1)), (1, Gen.Int[0, int.MaxValue])),
        Gen.Int[0, 3],
        (front, blocks, corruptAt, kind) =>
        {
            string text = front + Numbered(string.Join("\n\n", blocks.Select(b => b.Markdown))) + "\n";
            byte[] bytes = Encoding.UTF8.GetBytes(text);
            if (corruptAt >= 0)
            {
                bytes = Corrupt(bytes, corruptAt % (bytes.Length + 1), kind);
            }

            return new GeneratedRecord(text, blocks.SelectMany(b => b.Words).ToList(), bytes);
        });

    private static Gen<Fragment> ListOf(bool numbered, int depth) =>
        (depth < 2
            ? Gen.Frequency((3, Paragraph.Select(p => (p, (Fragment?)null))), (1, Gen.Select(Paragraph, Gen.Bool.SelectMany(n => ListOf(n, depth + 1)), (p, sub) => (p, (Fragment?)sub))))
            : Paragraph.Select(p => (p, (Fragment?)null)))
        .List[1, 4]
        .Select(items =>
        {
            var lines = new List<string>();
            var words = new List<string>();
            for (int i = 0; i < items.Count; i++)
            {
                var (item, sub) = items[i];
                lines.Add((numbered ? (i + 1).ToString(CultureInfo.InvariantCulture) + ". " : "- ") + OneLine(item.Markdown));
                words.AddRange(item.Words);
                if (sub is not null)
                {
                    // A sub-list is indented under the text of its item.
                    string under = new(' ', numbered ? 3 : 2);
                    lines.AddRange(sub.Markdown.Split('\n').Select(l => under + l));
                    words.AddRange(sub.Words);
                }
            }

            return new Fragment(string.Join("\n", lines), words);
        });

    /// <summary>Replaces each § placeholder: clause numbers in sequence per heading level, action numbers from 1.</summary>
    private static string Numbered(string body)
    {
        int[] clauses = new int[4];
        int actions = 0;
        var lines = body.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            int at = lines[i].IndexOf(Sequential, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            string number;
            if (lines[i].StartsWith('#'))
            {
                int level = lines[i].TakeWhile(c => c == '#').Count();
                clauses[level]++;
                for (int l = level + 1; l < clauses.Length; l++)
                {
                    clauses[l] = 0;
                }

                number = string.Join(".", clauses.Skip(1).Take(level).Select(c => Math.Max(c, 1).ToString(CultureInfo.InvariantCulture)));
            }
            else
            {
                number = (++actions).ToString(CultureInfo.InvariantCulture);
            }

            lines[i] = lines[i][..at] + number + lines[i][(at + Sequential.Length)..];
        }

        return string.Join("\n", lines);
    }

    private static string ClauseNumber(int level, int number) => level switch
    {
        1 => number.ToString(CultureInfo.InvariantCulture),
        2 => "1." + number.ToString(CultureInfo.InvariantCulture),
        _ => "1.1." + number.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Keeps a fragment on one line: a line break inside a heading or list item would end it.</summary>
    private static string OneLine(string markdown) =>
        markdown.Replace("\n", " ", StringComparison.Ordinal).Replace("\u2028", " ", StringComparison.Ordinal).Replace("\u0085", " ", StringComparison.Ordinal).Replace("\u000B", " ", StringComparison.Ordinal).Replace("\u000C", " ", StringComparison.Ordinal);

    private static string Quoted(string value) => "\"" + value + "\"";

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static byte[] Corrupt(byte[] bytes, int at, int kind)
    {
        byte[] bad = kind switch
        {
            0 => [0xED, 0xA0, 0x80], // a lone high surrogate, encoded as UTF-8 (CESU-style)
            1 => [0xFF],
            2 => [0xE2, 0x82], // a truncated sequence
            _ => [0xC0, 0xAF], // an overlong '/'
        };
        return [.. bytes.AsSpan(0, at), .. bad, .. bytes.AsSpan(at)];
    }
}
