using System.Globalization;
using System.Text;
using Rgiem.Core.Tests.Performance.Definitions;
using Rgiem.Core.Text;
using Rgiem.Testing;

namespace Rgiem.Core.Tests.Performance;

/// <summary>
/// <see cref="DateMentions.Find"/> reads its groups by number and its month and weekday names from spans (issue 21, h28b);
/// it must find exactly what it found before (<see cref="DateMentionsDefinition"/>, kept unchanged): the same mentions,
/// texts, offsets, weekdays, days, months, years and range years, in the same order, on random texts built from names,
/// digits, ordinals, ranges and separators, on mutated sentences, and on every line of the samples.
/// </summary>
public class DateMentionsEquivalenceTests
{
    private static readonly string[] Pieces =
    [
        "January", "Jan", "Jan.", "February", "Feb", "March", "Mar", "Mar.", "April", "Apr", "May", "June", "Jun", "July", "Jul", "Jul.",
        "August", "Aug", "September", "Sept", "Sept.", "Sep", "October", "Oct", "November", "Nov", "December", "Dec", "Decision",
        "Monday", "Mon", "Mon.", "Tuesday", "Tue", "Tues", "Tues.", "Wed", "Thu", "Thur", "Thurs", "Friday", "Fri", "Sat", "Sunday", "Sun",
        "the", "of", "st", "nd", "rd", "th", "hours", "h", "CET", "UTC", "to", "until", "-", "–", "—",
        "1", "3", "12", "30", "31", "0", "2019", "2024", "1999", "2100", "0930", "12:00", "5th", "22nd",
        " ", "  ", "\t", "\n", "\u00A0", ".", ",", ", ", ";", ":", "/", "_", "(", ")", "]", "x", "é",
    ];

    private static readonly string[] Sentences =
    [
        "The meeting was held in Geneva on Monday, 14 January 2019 and Tuesday 15 Jan.",
        "From 30 July – 2 August 2024, then on Thurs. the 3rd of October, 2019.",
        "It met on July 30, 2024; again on Dec 5. Also Friday, 31 March to Saturday, 1 April 2023.",
        "Sessions: 29 March 2019: 13:00-15:00 CET; 12 June 2020 1400 hours; Wed 3 Feb (1615-1730).",
        "In June 31 participants attended; December 2022 was the last; Mar-24 and 5.",
    ];

    [Fact]
    public void Find_finds_what_its_definition_finds_on_random_pieces()
    {
        var random = new Random(2881);
        int found = 0;
        for (int round = 0; round < 100_000; round++)
        {
            var text = new StringBuilder();
            for (int i = random.Next(1, 12); i > 0; i--)
            {
                text.Append(Pieces[random.Next(Pieces.Length)]);
                if (random.Next(3) == 0)
                {
                    text.Append(' ');
                }
            }

            found += AssertSame(text.ToString());
        }

        Assert.True(found > 2_000, $"only {found} dates in the random texts");
    }

    [Fact]
    public void Find_finds_what_its_definition_finds_on_mutated_sentences()
    {
        const string alphabet = "0123456789 .,;:-–/()\nJFMASONDTWthsr";
        var random = new Random(2882);
        int found = 0;
        for (int round = 0; round < 40_000; round++)
        {
            string text = SentenceMutation.Apply(Sentences[random.Next(Sentences.Length)], random, alphabet, Pieces);
            found += AssertSame(text);
        }

        Assert.True(found > 40_000, $"only {found} dates in the mutated sentences");
    }

    [Fact]
    public void Find_finds_what_its_definition_finds_on_the_samples()
    {
        int found = 0;
        foreach (string file in Directory.EnumerateFiles(RepoPaths.Samples, "*.md", SearchOption.AllDirectories))
        {
            found += AssertSame(File.ReadAllText(file));
            foreach (string line in File.ReadAllLines(file))
            {
                AssertSame(line);
            }
        }

        Assert.True(found > 0);
    }

    [Fact]
    public void The_names_are_read_from_spans_as_from_strings()
    {
        var english = CultureInfo.InvariantCulture.DateTimeFormat;
        var names = new List<string> { string.Empty, ".", "..", "Ma", "May.", "Mayo", "may", "Sept.", "Thurs..", "Tu", "Tue", "X" };
        for (int month = 1; month <= 12; month++)
        {
            string full = english.GetMonthName(month);
            for (int length = 1; length <= full.Length; length++)
            {
                names.Add(full[..length]);
                names.Add(full[..length] + ".");
            }
        }

        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            string full = english.GetDayName(day);
            for (int length = 1; length <= full.Length; length++)
            {
                names.Add(full[..length]);
                names.Add(full[..length] + "..");
            }
        }

        foreach (string name in names)
        {
            Assert.Equal(DateMentionsDefinition.MonthOf(name), CalendarNames.Month(name));
            Assert.Equal(DateMentionsDefinition.MonthOf(name), CalendarNames.Month(name.AsSpan()));
            Assert.Equal(DateMentionsDefinition.WeekdayOf(name), CalendarNames.Weekday(name));
        }
    }

    private static int AssertSame(string text)
    {
        var expected = DateMentionsDefinition.Find(text);
        var actual = DateMentions.Find(text);
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i], actual[i]);
        }

        return expected.Count;
    }
}
