using System.Globalization;
using System.Text;

namespace Rgiem.Bench.Corpus;

/// <summary>
/// The pair of the delta benchmark: a long record (114,000 words of body text for the benchmark, about 200 A4
/// pages in the house style: clauses, paragraphs of 60–140 words, a bullet list and a table every few
/// clauses) and a revision of it in which a given share of the words is changed (seeded: the same seed gives
/// the same pair). A change is a replaced word (60 %), a deleted word (20 %) or an inserted word (20 %).
/// </summary>
internal static class DeltaTextGenerator
{
    private const string FrontMatter = """
        ---
        number: TSAG-TD900
        group: RG-IEM
        parent: TSAG
        study-period: 2022-2024
        meeting: {place: Geneva, from: 2024-07-29, to: 2024-08-02}
        date: 2024-07-30
        source: Rapporteur, TSAG RG-IEM
        title: Benchmark text for rgiem delta
        purpose: Information
        contacts:
          - {name: Glenn Parsons, organization: Ericsson, country: Canada, email: rapporteur@example.org}
        abstract: A long generated text and its revision.
        ---

        """;

    private static readonly string[] Words =
    [
        "the", "group", "meeting", "noted", "agreed", "study", "standard", "industry", "participation", "document",
        "revision", "resolution", "proposal", "rapporteur", "question", "sector", "members", "report", "work",
        "programme", "text", "considered", "draft", "approval", "contribution", "editor", "liaison", "metrics",
        "engagement", "assembly", "advisory", "experts", "recommendation", "clause", "annex", "comments",
        "of", "and", "to", "in", "for", "with", "on", "by", "that", "was", "its", "an", "a", "this",
    ];

    /// <returns>The old and the new text, and the number of body words and of changes.</returns>
    public static (string Old, string New, int WordCount, int Changes) Generate(int words, double changedShare, int seed)
    {
        var random = new Random(seed);
        var oldText = new StringBuilder(FrontMatter);
        var newText = new StringBuilder(FrontMatter);
        int written = 0;
        int changes = 0;
        int clause = 0;
        while (written < words)
        {
            clause++;
            string heading = string.Create(CultureInfo.InvariantCulture, $"# {clause} {Cap(Pick(random))} {Pick(random)} {Pick(random)}\n\n");
            oldText.Append(heading);
            newText.Append(heading);
            for (int p = 0; p < 8 && written < words; p++)
            {
                int length = random.Next(60, 141);
                var (o, n, c) = Paragraph(random, length, changedShare);
                oldText.Append(o).Append("\n\n");
                newText.Append(n).Append("\n\n");
                written += length;
                changes += c;
            }

            if (clause % 4 == 0)
            {
                for (int i = 0; i < 4; i++)
                {
                    var (o, n, c) = Paragraph(random, 12, changedShare);
                    oldText.Append("- ").Append(o).Append('\n');
                    newText.Append("- ").Append(n).Append('\n');
                    written += 12;
                    changes += c;
                }

                oldText.Append('\n');
                newText.Append('\n');
            }

            if (clause % 5 == 0)
            {
                oldText.Append("| Document | Source | Decision |\n|---|---|---|\n");
                newText.Append("| Document | Source | Decision |\n|---|---|---|\n");
                for (int r = 0; r < 5; r++)
                {
                    var (o, n, c) = Paragraph(random, 3, changedShare);
                    string[] oc = o.Split(' ');
                    string[] nc = n.Split(' ');
                    oldText.Append("| TD").Append(100 + r).Append(" | ").Append(string.Join(" | ", oc.Take(2))).Append(" |\n");
                    newText.Append("| TD").Append(100 + r).Append(" | ").Append(string.Join(" | ", nc.Take(2))).Append(" |\n");
                    written += 3;
                    changes += c;
                }

                oldText.Append('\n');
                newText.Append('\n');
            }
        }

        return (oldText.ToString(), newText.ToString(), written, changes);
    }

    private static (string Old, string New, int Changes) Paragraph(Random random, int length, double changedShare)
    {
        var oldWords = new List<string>(length);
        var newWords = new List<string>(length + 8);
        int changes = 0;
        for (int i = 0; i < length; i++)
        {
            string word = Pick(random);
            oldWords.Add(word);
            if (random.NextDouble() >= changedShare)
            {
                newWords.Add(word);
                continue;
            }

            changes++;
            double kind = random.NextDouble();
            if (kind < 0.6)
            {
                string other;
                do
                {
                    other = Pick(random);
                }
                while (other == word);
                newWords.Add(other);
            }
            else if (kind < 0.8)
            {
                // Deleted.
            }
            else
            {
                newWords.Add(word);
                newWords.Add(Pick(random));
            }
        }

        return (Sentence(oldWords), Sentence(newWords), changes);
    }

    private static string Sentence(List<string> words) => words.Count == 0 ? "." : Cap(string.Join(' ', words)) + ".";

    private static string Pick(Random random) => Words[random.Next(Words.Length)];

    private static string Cap(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
