using System.Text;
using Rgiem.Core.Text;
using Rgiem.Core.Validation.Rules.Readiness;
using Rgiem.Testing;

namespace Rgiem.Core.Tests.Performance;

/// <summary>
/// The date prefilter (<see cref="DateMentions.MayHoldDate"/>, issue 21's sixth pass) never refuses a text the date
/// pattern matches, so <see cref="DateMentions.Find"/> finds the same dates with it as without: random texts built from
/// month names and stems, weekdays, digits, ordinals, every kind of whitespace and the characters the pattern's
/// lookarounds read, and every line of the samples. Also what RG7020's per-record list of names relies on.
/// </summary>
public class DatePrefilterEquivalenceTests
{
    private static readonly string[] Pieces =
    [
        "January", "Jan", "Jan.", "February", "Feb", "March", "Mar", "Market", "April", "Apr", "May", "June", "Jun", "Junes", "July", "Jul",
        "August", "Aug", "September", "Sept", "Sep", "Separate", "October", "Oct", "Octet", "November", "Nov", "December", "Dec", "Decision",
        "Monday", "Mon", "Tues", "Thu", "Thurs", "Fri", "Sat", "Sun", "the", "of", "st", "nd", "rd", "th", "hours", "CET", "UTC", "to", "until",
        "1", "3", "12", "30", "31", "2019", "2024", "1999", "0930", "12:00", "5th", "22nd",
        " ", "  ", "\t", "\n", "\u00A0", "\u2003", "\u2028", "\u0085", ".", ",", ";", ":", "/", "_", "-", "\u2013", "–", "(", ")", "]", "x", "é", "\u0301", "A",
    ];

    [Fact]
    public void The_prefilter_never_refuses_a_text_the_date_pattern_matches()
    {
        var random = new Random(2162);
        int matched = 0;
        int refused = 0;
        for (int round = 0; round < 200_000; round++)
        {
            var text = new StringBuilder();
            for (int i = random.Next(1, 9); i > 0; i--)
            {
                text.Append(Pieces[random.Next(Pieces.Length)]);
                if (random.Next(3) == 0)
                {
                    text.Append(' ');
                }
            }

            (matched, refused) = Count(text.ToString(), matched, refused);
        }

        // Both sides are exercised: many texts hold a date, many hold a digit and a month stem but no date.
        Assert.True(matched > 2_000, $"only {matched} texts with a date");
        Assert.True(refused > 10_000, $"only {refused} texts refused that the former prefilter let through");
    }

    [Fact]
    public void The_prefilter_never_refuses_a_line_of_the_samples()
    {
        foreach (string file in Directory.EnumerateFiles(RepoPaths.Samples, "*.md", SearchOption.AllDirectories))
        {
            Count(File.ReadAllText(file), 0, 0);
            foreach (string line in File.ReadAllLines(file))
            {
                Count(line, 0, 0);
            }
        }
    }

    [Theory]
    [InlineData("on 30 July 2024", true)]
    [InlineData("July 30, 2024", true)]
    [InlineData("Jul.\u00A030", true)]
    [InlineData("Tuesday 13 Dec (1615-1740 hours)", true)]
    [InlineData("Decision 5 of TSAG", false)]
    [InlineData("March on, 12 delegates", false)]
    [InlineData("Mar-24 and 5", false)]
    [InlineData("TSAG-TD624 in December", false)]
    public void The_prefilter_reads_what_a_date_needs(string text, bool may) => Assert.Equal(may, DateMentions.MayHoldDate(text));

    [Fact]
    public void Every_known_name_of_RG7020_is_an_identifier() => Assert.True(NameNearMissRule.KnownNamesAreIdentifiers);

    private static (int Matched, int Refused) Count(string text, int matched, int refused)
    {
        bool match = DateMentions.DatePattern().IsMatch(text);
        bool may = DateMentions.MayHoldDate(text);
        if (match && !may)
        {
            Assert.Fail($"the prefilter refuses a date: '{text}'");
        }

        bool formerMay = text.AsSpan().ContainsAnyInRange('0', '9')
            && (text.Contains("Jan", StringComparison.Ordinal) || text.Contains("Feb", StringComparison.Ordinal) || text.Contains("Mar", StringComparison.Ordinal)
                || text.Contains("Apr", StringComparison.Ordinal) || text.Contains("May", StringComparison.Ordinal) || text.Contains("Jun", StringComparison.Ordinal)
                || text.Contains("Jul", StringComparison.Ordinal) || text.Contains("Aug", StringComparison.Ordinal) || text.Contains("Sep", StringComparison.Ordinal)
                || text.Contains("Oct", StringComparison.Ordinal) || text.Contains("Nov", StringComparison.Ordinal) || text.Contains("Dec", StringComparison.Ordinal));
        return (matched + (match ? 1 : 0), refused + (formerMay && !may ? 1 : 0));
    }
}
