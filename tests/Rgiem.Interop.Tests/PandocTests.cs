using Rgiem.Core.Model;

namespace Rgiem.Interop.Tests;

public class PandocTests
{
    [SkippableTheory]
    [MemberData(nameof(InteropSamples.Names), MemberType = typeof(InteropSamples))]
    public void Pandoc_reads_the_title_the_cover_fields_every_heading_and_every_action(string name)
    {
        var sample = InteropSamples.Get(name);
        string text = SeedText.Normalize(InteropSamples.PandocText(name));
        var missing = new List<string>();
        void Expect(string? value)
        {
            if (value is { Length: > 0 } && !text.Contains(SeedText.Normalize(value), StringComparison.Ordinal))
            {
                missing.Add(value);
            }
        }

        var metadata = sample.Record.Metadata;
        Expect(metadata.Title);
        Expect(metadata.Abstract);
        Expect(metadata.Source);
        foreach (string label in new[] { "Question(s):", "Source:", "Title:", "Purpose:", "Contact:", "Keywords:", "Abstract:", "STUDY PERIOD 2022-2024", "Original: English" })
        {
            Expect(label);
        }

        foreach (var heading in sample.Record.Headings)
        {
            string title = BlockWalker.PlainText(heading.Title);
            Expect(heading.Kind switch
            {
                HeadingKind.Annex => $"Annex {heading.Number}: {title}",
                HeadingKind.Clause => $"{heading.Number} {title}",
                _ => title,
            });
        }

        foreach (var action in sample.Record.Actions)
        {
            Expect(action.Label + " " + BlockWalker.PlainText(action.Inlines));
        }

        Assert.NotEmpty(sample.Record.Headings);
        Assert.True(missing.Count == 0, "pandoc's text lacks:\n" + string.Join("\n", missing));
    }

    [SkippableFact]
    public void Pandoc_sees_the_statistics_table_cells()
    {
        string text = SeedText.Normalize(InteropSamples.PandocText("TSAG-TD255"));
        Assert.Contains("Number of participants 49 31 32 33", text, StringComparison.Ordinal);
        Assert.Contains("Meeting report DOC5 (230131) DOC4 (230307) DOC5 (230404) DOC5 (230505)", text, StringComparison.Ordinal);
    }
}
