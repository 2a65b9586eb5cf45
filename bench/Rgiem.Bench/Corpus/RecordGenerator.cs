using System.Globalization;
using System.Text;

namespace Rgiem.Bench.Corpus;

/// <summary>
/// Generates realistic meeting records, like samples/rg-iem: a cover front matter with sessions and a
/// documents registry, 8 to 12 numbered clauses with sub-clauses, paragraphs citing the registered documents,
/// a bullet list, a numbered list, a pipe table, and action items (either <c>RG-IEM-n:</c> (the group's prefix) repeated word for
/// word in clause 0, or <c>Action n:</c>). Record <c>i</c> depends only on the seed and <c>i</c>, so a
/// corpus of 500 records is the first 500 of one of 5,000.
/// </summary>
internal static class RecordGenerator
{
    public const int MinBytes = 3 * 1024;
    public const int MaxBytes = 15 * 1024;

    /// <summary>The size range of <see cref="CorpusShape.Varied"/> records (the front matter, lists and tables make about 4 KB at least).</summary>
    public const int VariedMinBytes = 3 * 1024;
    public const int VariedMaxBytes = 26 * 1024;

    public static string Generate(int seed, int index, CorpusShape shape = CorpusShape.Standard)
    {
        // System.Random with a seed is deterministic across runs and machines (HashCode is not: it is salted).
        int mixed = shape == CorpusShape.Standard ? seed : unchecked((seed * 31) + 17);
        var random = new Random(unchecked((mixed * 1_000_003) + index) & int.MaxValue);
        return new Builder(random, index, shape == CorpusShape.Varied).Build();
    }

    private sealed class Builder(Random random, int index, bool varied)
    {
        private readonly StringBuilder text = new();
        private readonly List<(string Number, string Title, string? Source)> documents = [];
        private readonly List<string> actions = [];
        private DateOnly from;
        private DateOnly to;
        private string place = string.Empty;
        private MeetingGroup group = Vocabulary.Groups[0];
        private bool prefixed;

        public string Build()
        {
            // Record i is meeting k = (i - 1) / G of group (i - 1) mod G (G groups), held in week 3k, 3k + 1 or 3k + 2
            // from 7 January 2019, Monday to Wednesday–Friday: the meetings of one group never share a week, so they
            // never overlap (RG9003), and 5,000 records span about six years.
            group = Vocabulary.Groups[(index - 1) % Vocabulary.Groups.Length];
            int meeting = (index - 1) / Vocabulary.Groups.Length;
            place = Pick(Vocabulary.Places);
            var monday = new DateOnly(2019, 1, 7).AddDays(7 * ((3 * meeting) + random.Next(0, 3)));
            from = monday;
            to = monday.AddDays(random.Next(2, 5));
            prefixed = random.Next(3) > 0;
            int target = varied ? random.Next(2 * 1024, VariedMaxBytes - 2048) : random.Next(MinBytes + 512, MaxBytes - 1536);
            int clauses = varied ? random.Next(5, 17) : random.Next(8, 13);
            int actionCount = varied ? random.Next(1, 10) : random.Next(2, 7);
            MakeDocuments(varied ? random.Next(3, 21) : random.Next(6, 15));
            MakeActions(actionCount);

            WriteFrontMatter();
            var body = WriteBody(clauses, target - text.Length);
            if (prefixed)
            {
                text.Append(CultureInfo.InvariantCulture, $"# 0 Actions from {group.Id} to {group.Body}\n\n");
                foreach (string action in actions)
                {
                    text.Append(action).Append("\n\n");
                }
            }

            text.Append(body);
            return text.ToString();
        }

        private void MakeDocuments(int count)
        {
            var used = new HashSet<string>(StringComparer.Ordinal);
            while (documents.Count < count)
            {
                string number = random.Next(4) == 0
                    ? string.Create(CultureInfo.InvariantCulture, $"TSAG-C{random.Next(10, 200):D3}")
                    : string.Create(CultureInfo.InvariantCulture, $"TSAG-TD{random.Next(100, 1000)}") + (random.Next(varied ? 2 : 3) == 0 ? string.Create(CultureInfo.InvariantCulture, $"R{random.Next(1, 5)}") : string.Empty);
                if (used.Add(number))
                {
                    string subject = Pick(Vocabulary.Subjects);
                    documents.Add((number, Capital(subject.StartsWith("the ", StringComparison.Ordinal) ? subject[4..] : subject), random.Next(2) == 0 ? Pick(Vocabulary.Sources) : null));
                }
            }
        }

        private void MakeActions(int count)
        {
            for (int n = 1; n <= count; n++)
            {
                string label = prefixed ? $"{group.Id}-{n}:" : $"Action {n}:";
                actions.Add(string.Create(CultureInfo.InvariantCulture, $"{label} {Pick(Vocabulary.ActionVerbs)} {Document().Number}."));
            }
        }

        private void WriteFrontMatter()
        {
            text.Append("---\n")
                .Append(CultureInfo.InvariantCulture, $"number: {group.Body}-TD{1000 + index}\n")
                .Append("type: TD\n")
                .Append(CultureInfo.InvariantCulture, $"group: {group.Id}\n")
                .Append(CultureInfo.InvariantCulture, $"parent: {group.Parent}\n")
                .Append(CultureInfo.InvariantCulture, $"source: Chair, {group.Body} {group.Id}\n")
                .Append(CultureInfo.InvariantCulture, $"keywords: [{group.Body}, {group.Id}, meeting report]\n")
                .Append("meeting:\n")
                .Append(CultureInfo.InvariantCulture, $"  place: {place}\n")
                .Append(CultureInfo.InvariantCulture, $"  from: {Iso(from)}\n")
                .Append(CultureInfo.InvariantCulture, $"  to: {Iso(to)}\n")
                .Append(CultureInfo.InvariantCulture, $"title: Draft report of the meeting of {group.Name} ({place}, {Span()})\n")
                .Append(CultureInfo.InvariantCulture, $"purpose: {Pick(Vocabulary.Purposes)}\n")
                .Append("abstract: >-\n")
                .Append(CultureInfo.InvariantCulture, $"  This TD contains the draft report of the meeting of {group.Name}\n")
                .Append(CultureInfo.InvariantCulture, $"  ({place}, {Span()}).\n")
                .Append("sessions:\n");
            foreach (var day in SessionDays())
            {
                text.Append(CultureInfo.InvariantCulture, $"  - {{date: {Iso(day)}, time: {random.Next(9, 16):D2}00-{random.Next(16, 19):D2}00 hours}}\n");
            }

            text.Append(CultureInfo.InvariantCulture, $"chair: {Pick(Vocabulary.People)}\n");
            text.Append("documents:\n");
            foreach (var (number, title, source) in documents)
            {
                text.Append(CultureInfo.InvariantCulture, $"  - {{number: {number}, title: \"{title}\"")
                    .Append(source is null ? string.Empty : ", source: " + source)
                    .Append("}\n");
            }

            text.Append("---\n\n");
        }

        private string WriteBody(int clauses, int budget)
        {
            // Clauses 1 (introduction) to N (closure), N = clauses; clause 0 lists the actions when they are prefixed.
            var titles = Vocabulary.Clauses.OrderBy(_ => random.Next()).Take(clauses - 3).ToList();
            var sections = new List<StringBuilder>();
            var intro = new StringBuilder("# 1 Introduction\n\n");
            intro.Append(CultureInfo.InvariantCulture, $"{Capital(group.Name)} ({group.Id}) met in {place} on {Weekday(from)}, {Long(from)}. {Pick(Vocabulary.People)} chaired the meeting.\n\n");
            sections.Add(intro);
            for (int c = 0; c < titles.Count; c++)
            {
                sections.Add(new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"# {c + 2} {titles[c]}\n\n")));
            }

            var documentsClause = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"# {titles.Count + 2} Documents\n\nThe meeting considered the following documents:\n\n| Document | Title | Source |\n|---|---|---|\n"));
            foreach (var (number, title, source) in documents)
            {
                documentsClause.Append(CultureInfo.InvariantCulture, $"| {number} | {title} | {source ?? "TSB"} |\n");
            }

            sections.Add(documentsClause.Append('\n'));
            var closing = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"# {titles.Count + 3} Closure of the meeting\n\n"));
            closing.Append(CultureInfo.InvariantCulture, $"The meeting closed on {Weekday(to)}, {Long(to)} at 16{random.Next(0, 60):D2} hours.\n\n");

            // Lists and sub-clauses in fixed places; paragraphs fill the budget; actions come in order.
            sections[2].Append("The meeting agreed on the following points:\n\n");
            for (int i = 0, n = random.Next(3, 7); i < n; i++)
            {
                sections[2].Append("- ").Append(Sentence()).Append('\n');
                for (int j = 0, m = varied ? random.Next(0, 4) : 0; j < m; j++)
                {
                    // Varied records nest lists: a second level under some points.
                    sections[2].Append("  - ").Append(Sentence()).Append('\n');
                }
            }

            sections[2].Append('\n');
            if (varied)
            {
                // A second table, of four columns: the documents of the meeting with the clause that considered them.
                var table = sections[1 + random.Next(sections.Count - 2)];
                table.Append("The documents were allocated as follows:\n\n| Document | Clause | Source | Outcome |\n|---|---|---|---|\n");
                for (int i = 0, n = random.Next(2, Math.Min(documents.Count, 8) + 1); i < n; i++)
                {
                    var document = documents[i];
                    table.Append(CultureInfo.InvariantCulture, $"| {document.Number} | {random.Next(2, clauses)} | {document.Source ?? "TSB"} | {Pick(Vocabulary.Participles)} |\n");
                }

                table.Append('\n');
            }
            sections[3].Append(CultureInfo.InvariantCulture, $"## 4.1 {Capital(Pick(Vocabulary.Subjects))}\n\n");
            sections[3].Append("The next steps were agreed as follows:\n\n");
            for (int i = 1, n = random.Next(3, 6); i <= n; i++)
            {
                sections[3].Append(CultureInfo.InvariantCulture, $"{i}. ").Append(Sentence()).Append('\n');
            }

            sections[3].Append('\n');
            int used = sections.Sum(s => s.Length) + closing.Length + actions.Sum(a => a.Length + 2) * (prefixed ? 2 : 1);
            int s = 1;
            while (used < budget)
            {
                string paragraph = Paragraph();
                sections[s].Append(paragraph).Append("\n\n");
                used += paragraph.Length + 2;
                s = (s % (sections.Count - 2)) + 1;
            }

            for (int a = 0; a < actions.Count; a++)
            {
                sections[2 + (a * (sections.Count - 3) / actions.Count)].Append(actions[a]).Append("\n\n");
            }

            var body = new StringBuilder();
            foreach (var section in sections)
            {
                if (section.Length > 0 && IsHeadingOnly(section))
                {
                    // A clause with no text is a mistake rgiem reports (RG2030); real reports say so. No random draw: the
                    // other records stay the same.
                    section.Append("Nothing was raised under this item.\n\n");
                }

                body.Append(section);
            }

            return body.Append(closing).ToString();
        }

        /// <summary>True when the section is its heading line alone ("# 8 AOB\n\n").</summary>
        private static bool IsHeadingOnly(StringBuilder section)
        {
            string text = section.ToString();
            return text.IndexOf('\n', StringComparison.Ordinal) == text.Length - 2;
        }

        private string Paragraph()
        {
            var paragraph = new StringBuilder(Sentence());
            for (int i = 0, n = random.Next(1, 4); i < n; i++)
            {
                paragraph.Append(' ').Append(random.Next(3) == 0 ? Pick(Vocabulary.Reactions) : Sentence());
            }

            return paragraph.ToString();
        }

        private string Sentence()
        {
            var document = Document();
            return random.Next(4) switch
            {
                0 => $"The meeting {Pick(Vocabulary.Verbs)} {document.Number} on {Pick(Vocabulary.Subjects)}.",
                1 => $"{document.Source ?? "TSB"} presented {document.Number}, which addresses {Pick(Vocabulary.Subjects)}.",
                2 => $"The results of the drafting session were reviewed in {document.Number} and {Other(document).Number}.",
                _ => $"{Capital(Pick(Vocabulary.Subjects))} was {Pick(Vocabulary.Participles)} on the basis of {document.Number}.",
            };
        }

        private IEnumerable<DateOnly> SessionDays()
        {
            int count = random.Next(2, 5);
            for (var day = from; day <= to && count > 0; day = day.AddDays(1), count--)
            {
                yield return day;
            }
        }

        private (string Number, string Title, string? Source) Document() => documents[random.Next(documents.Count)];

        private (string Number, string Title, string? Source) Other((string Number, string Title, string? Source) document)
        {
            int at = documents.IndexOf(document);
            return documents[(at + 1 + random.Next(documents.Count - 1)) % documents.Count];
        }

        private string Pick(string[] values) => values[random.Next(values.Length)];

        private string Span() => from.Month == to.Month
            ? string.Create(CultureInfo.InvariantCulture, $"{from.Day}–{to.Day} {Vocabulary.Months[to.Month - 1]} {to.Year}")
            : string.Create(CultureInfo.InvariantCulture, $"{Long(from)} – {Long(to)}");

        private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];

        private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        private static string Long(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{date.Day} {Vocabulary.Months[date.Month - 1]} {date.Year}");

        private static string Weekday(DateOnly date) => Vocabulary.Weekdays[(int)date.DayOfWeek];
    }
}
