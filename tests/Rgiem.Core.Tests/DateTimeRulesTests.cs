using Rgiem.Core.Diagnostics;
using Rgiem.Testing;

namespace Rgiem.Core.Tests;

public class DateTimeRulesTests
{
    // Records.FrontMatter: meeting 2024-07-29 to 2024-08-02, study period 2022-2024; the body starts on line 13.

    private static IReadOnlyList<Diagnostic> DateTime(string text) =>
        Records.Check(text).Diagnostics.Where(d => d.Id.StartsWith("RG5", StringComparison.Ordinal)).ToList();

    private static IReadOnlyList<Diagnostic> Body(string body) => DateTime(Records.WithBody(body));

    private static string WithFrontMatter(string replace, string with, string body) =>
        Records.FrontMatter.Replace(replace, with, StringComparison.Ordinal) + body;

    private static string December2022(string body) =>
        WithFrontMatter("meeting: {place: Geneva, from: 2024-07-29, to: 2024-08-02}", "meeting: {place: Geneva, from: 2022-12-12, to: 2022-12-16}", body);

    [Fact]
    public void Weekday_that_does_not_match_a_dated_day_is_an_error_at_the_weekday()
    {
        var diagnostics = Body("# 1 Intro\n\nThe group met on Monday, 30 July 2024.\n");
        Assert.Equal(["RG5001@15:18"], diagnostics.Brief());
        Assert.Equal(
            "'Monday, 30 July 2024': 30 July 2024 is a Tuesday, not a Monday; correct the weekday or the date",
            diagnostics[0].Message);
        Assert.Equal((14, 17, 37), (diagnostics[0].Location.Start.Line, diagnostics[0].Location.Start.Character, diagnostics[0].Location.End.Character));
    }

    [Theory]
    [InlineData("met on Tuesday, 30 July 2024 (0930-1045 hours) and on Wednesday, 31 July 2024.")]
    [InlineData("met on Tuesday 30 Jul 2024 and on Tue. 30 July.")]
    [InlineData("met on Tuesday, July 30, 2024.")]
    [InlineData("an ad-hoc on Resolutions (Thursday, 1 August, 1300-1430 hours).")]
    [InlineData("from Tuesday 30 July – Friday 2 August 2024.")]
    [InlineData("on Tuesday and Wednesday, 30-31 July 2024.")]
    public void Correct_weekdays_are_quiet(string sentence) => Assert.Empty(Body("# 1 Intro\n\nThe group " + sentence + "\n"));

    [Fact]
    public void A_date_without_a_year_takes_the_meeting_year()
    {
        var diagnostics = Body("# 1 Intro\n\nWP2 ad-hoc on Resolutions (Friday, 1 August, 1300-1430 hours).\n");
        Assert.Equal(["RG5001@15:28"], diagnostics.Brief());
        Assert.Contains("1 August is a Thursday in 2024 (the year from the meeting dates), not a Friday", diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Abbreviated_months_in_a_December_meeting_are_checked()
    {
        const string Sentence = "took place on Tuesday 13 Dec (1615-1740 hours) and on Wednesday 15 Dec (1615-1730).\n";
        var diagnostics = DateTime(December2022("# 0 Introduction\n\nA meeting " + Sentence));
        Assert.Equal(["RG5001@15:65"], diagnostics.Brief());
        Assert.Contains("15 December is a Thursday in 2022", diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_year_taken_from_the_end_of_a_range_is_used()
    {
        var diagnostics = Body("# 1 Intro\n\nHeld from Monday 30 July – Friday 2 August 2024.\n");
        Assert.Equal(["RG5001@15:11"], diagnostics.Brief());
        Assert.Contains("30 July 2024 is a Tuesday, not a Monday", diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_far_from_the_meeting_is_reported_only_when_wrong_in_every_candidate_year()
    {
        // 14 April is a Sunday in 2024 and a Monday in 2025.
        Assert.Empty(Body("# 6 Future meetings\n\nThe next call is on Monday 14 April.\n"));
        var diagnostics = Body("# 6 Future meetings\n\nThe next call is on Tuesday 14 April.\n");
        Assert.Equal(["RG5001@15:21"], diagnostics.Brief());
        Assert.Contains("14 April is a Sunday in 2024 and a Monday in 2025 (the years from the meeting dates), not a Tuesday", diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_meeting_dates_the_study_period_gives_the_candidate_years()
    {
        string text = Records.FrontMatter.Replace("meeting: {place: Geneva, from: 2024-07-29, to: 2024-08-02}\n", string.Empty, StringComparison.Ordinal);
        // 13 December: Tuesday in 2022, Wednesday in 2023, Friday in 2024.
        Assert.Empty(DateTime(text + "# 1 Intro\n\nOn Wednesday 13 December.\n"));
        var diagnostics = DateTime(text + "# 1 Intro\n\nOn Monday 13 December.\n");
        Assert.Equal(["RG5001@14:4"], diagnostics.Brief());
        Assert.Contains("(the years from the study period 2022-2024)", diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Weekdays_are_checked_in_table_cells_and_front_matter_text()
    {
        string text = Records.FrontMatter.Replace("abstract: This TD contains the draft report.", "abstract: The meeting of Monday, 30 July 2024.", StringComparison.Ordinal)
            + "# 1 Intro\n\n| Day | Session |\n|---|---|\n| Monday 31 July 2024 | morning |\n";
        Assert.Equal(["RG5001@11:26", "RG5001@17:3"], DateTime(text).Brief());
    }

    [Theory]
    [InlineData("The next meeting is on 31 April 2025.", "RG5002@15:24", "'31 April 2025' is not a date: April has 30 days; correct the day or the month")]
    [InlineData("The next meeting is on Friday, 31 April 2025.", "RG5002@15:32", "'31 April 2025' is not a date: April has 30 days; correct the day or the month")]
    [InlineData("The next meeting is on 29 February 2023.", "RG5002@15:24", "'29 February 2023' is not a date: February 2023 has 28 days; correct the day or the month")]
    [InlineData("The next meeting is on 30 Feb.", "RG5002@15:24", "'30 Feb' is not a date: February has 29 days; correct the day or the month")]
    [InlineData("The next meeting is on June 31, 2025.", "RG5002@15:24", "'June 31, 2025' is not a date: June has 30 days; correct the day or the month")]
    public void Dates_that_do_not_exist_are_errors(string sentence, string expected, string message)
    {
        var diagnostics = Body("# 6 Future meetings\n\n" + sentence + "\n");
        Assert.Equal([expected], diagnostics.Brief());
        Assert.Equal(message, diagnostics[0].Message);
    }

    [Theory]
    [InlineData("The meeting was held on 29 February 2024, and from 12-16 December 2022.")]
    [InlineData("Meeting statistics, December 2022 – May 2023, and 35 May participants.")]
    [InlineData("Resolution 68 (Rev. Hammamet, 2016) may be revised; 40 Mar items.")]
    [InlineData("In June 31 participants attended, in April 30.")]
    public void Real_dates_and_other_numbers_beside_month_names_are_quiet(string sentence) =>
        Assert.Empty(Body("# 1 Intro\n\n" + sentence + "\n"));

    [Fact]
    public void Session_dates_outside_the_meeting_are_errors_at_the_session_date()
    {
        string text = Records.FrontMatter.Replace(
            "source:",
            "sessions:\n  - {date: 2024-07-30, time: 0930-1045 hours}\n  - date: 2024-08-05\n    time: 1300-1400 hours\nsource:",
            StringComparison.Ordinal) + "# 1 Intro\n\nText.\n";
        var diagnostics = DateTime(text);
        Assert.Equal(["RG5003@9:11"], diagnostics.Brief());
        Assert.Equal(
            "Session date 2024-08-05 is outside the meeting dates (29 July – 2 August 2024); correct the session date, or meeting.from and meeting.to",
            diagnostics[0].Message);
    }

    [Fact]
    public void Session_dates_inside_the_meeting_are_quiet() =>
        Assert.Empty(DateTime(Records.FrontMatter.Replace(
            "source:",
            "sessions:\n  - {date: 2024-07-29, time: 0930-1045 hours}\n  - {date: 2024-08-02}\nsource:",
            StringComparison.Ordinal)));

    [Theory]
    [InlineData("on Tuesday 30 July (1615-1790)", "RG5004@15:40")]
    [InlineData("at 25:10 hours", "RG5004@15:18")]
    [InlineData("at 0960 CEST on 30 July", "RG5004@15:18")]
    public void Times_out_of_range_are_errors_at_the_time(string words, string expected) =>
        Assert.Equal([expected], Body("# 1 Intro\n\nThe group met " + words + ".\n").Brief());

    [Fact]
    public void Each_invalid_time_of_a_range_is_reported()
    {
        var diagnostics = Body("# 1 Intro\n\nThe group met from 2460 to 2500 hours.\n");
        Assert.Equal(["RG5004@15:20", "RG5004@15:28"], diagnostics.Brief());
        Assert.Equal("'2460' is not a time of day: hours run from 00 to 23 and minutes from 00 to 59; correct it", diagnostics[0].Message);
    }

    [Theory]
    [InlineData("met on Tuesday, 30 July 2024 (1045-0930 hours).", "RG5005@15:41", "'1045-0930' ends at 0930, which is not after its start at 1045; correct the times or swap them")]
    [InlineData("met from 13:00 to 13:00 hours.", "RG5005@15:20", "'13:00 to 13:00' ends at 13:00, which is not after its start at 13:00; correct the times or swap them")]
    public void Ranges_that_do_not_end_after_they_start_are_errors(string words, string expected, string message)
    {
        var diagnostics = Body("# 1 Intro\n\nThe group " + words + "\n");
        Assert.Equal([expected], diagnostics.Brief());
        Assert.Equal(message, diagnostics[0].Message);
    }

    [Theory]
    [InlineData("The TSAG Action Plan for the 2022-2024 study period, in particular items 22-02, 22-06, 22-24 (2022-2024).")]
    [InlineData("The report DOC5 (230131) of 31 January 2023 and TSAG-TD1234 (TSAG-TD1615-1740) in 2024.")]
    [InlineData("WTSA-20 C103, Res.22 resolves 5, 6, 7, Q10/13, 2000-2100 participants.")]
    [InlineData("Valid times: 1615-1740 hours, 0930 – 1045 hours, 1300-1500 UTC, 0000-2359 hours, 1200h, 0800 to 0900 hrs.")]
    [InlineData("Valid times: 12:45-13:45, 16:05 hours, 08:15 to 09:30 hours, 23:59, 9:30, 00:00-23:59.")]
    public void Numbers_that_are_not_times_and_valid_times_are_quiet(string sentence) =>
        Assert.Empty(Body("# 1 Intro\n\n" + sentence + "\n"));

    [Fact]
    public void Invalid_session_times_in_the_front_matter_are_errors_at_the_time()
    {
        string text = Records.FrontMatter.Replace(
            "source:",
            "sessions:\n  - {date: 2024-07-30, time: 2515-2600 hours}\n  - {date: 2024-07-31, time: \"1740-1615 hours\"}\nsource:",
            StringComparison.Ordinal);
        Assert.Equal(["RG5004@8:30", "RG5004@8:35", "RG5005@9:31"], DateTime(text).Brief());
    }

    [Fact]
    public void Geneva_winter_and_summer_time_agree_with_the_dates()
    {
        const string Body2 = "# 6 Future meetings\n\n- 11 February 2025, 1300-1500 CET (review)\n- 22 April 2025, 1300-1500 CEST (review)\n";
        Assert.Empty(Body(Body2));
        Assert.Empty(Body("# 6 Future meetings\n\nInterim activities (11 February 2025 and 22 April 2025, 1300-1500 Geneva time).\n"));
    }

    [Fact]
    public void CET_on_a_summer_date_is_an_error_at_the_zone()
    {
        var diagnostics = Body("# 6 Future meetings\n\n- 11 February 2025, 1300-1500 CEST (review)\n- 22 April 2025, 1300-1500 CET (review)\n");
        Assert.Equal(["RG5006@15:31", "RG5006@16:28"], diagnostics.Brief());
        Assert.Equal("CEST is not Geneva time on 11 February 2025: CET is in force then; write CET, or correct the date", diagnostics[0].Message);
        Assert.Equal("CET is not Geneva time on 22 April 2025: CEST is in force then; write CEST, or correct the date", diagnostics[1].Message);
    }

    [Theory]
    [InlineData("On 30 March 2025, 0100-0130 CET and on 26 October 2025, 1300 CET.")]
    [InlineData("On 30 March 2025, 0400-0430 CEST and on 26 October 2025, 0100 CEST.")]
    [InlineData("The call is at 1300 CET. On 22 April 2025 we meet.")]
    [InlineData("The call on 1 February is at 1300 CET.")]
    public void Changeover_days_far_dates_and_undated_times_are_quiet(string sentence) => Assert.Empty(Body("# 6 Future meetings\n\n" + sentence + "\n"));

    [Fact]
    public void Changeover_day_times_after_the_switch_are_checked() =>
        Assert.Equal(["RG5006@15:29"], Body("# 6 Future meetings\n\nOn 30 March 2025, 1300-1500 CET.\n").Brief());

    [Fact]
    public void A_session_time_zone_is_checked_against_the_session_date()
    {
        string text = Records.FrontMatter.Replace(
            "source:",
            "sessions:\n  - {date: 2024-07-30, time: 1300-1500 CET}\nsource:",
            StringComparison.Ordinal);
        Assert.Equal(["RG5006@8:40"], DateTime(text).Brief());
    }

    [Fact]
    public void Mixed_time_styles_are_one_warning_at_the_first_time_of_the_minority_style()
    {
        var diagnostics = Body(
            "# 0 Introduction\n\nOn Tuesday 30 July (1615-1740 hours) and on Wednesday 31 July (1615-1730).\n\n"
            + "A drafting session on Thursday, 1 August 2024, from 08:15 to 09:30 hours. The meeting closed at 16:05 hours.\n");
        Assert.Equal(["RG5007@17:53"], diagnostics.Brief());
        Assert.Equal(DiagnosticSeverity.Warning, diagnostics[0].Severity);
        Assert.Equal(
            "This record writes 4 time(s) as HHMM (such as '1615') and 3 as HH:MM (such as '08:15', first here); write every time as HHMM",
            diagnostics[0].Message);
    }

    [Fact]
    public void On_a_tie_the_style_written_second_is_reported()
    {
        var diagnostics = Body("# 1 Intro\n\nFrom 12:45-13:45 and 1400-1500 hours.\n");
        Assert.Equal(["RG5007@15:22"], diagnostics.Brief());
        Assert.Contains("writes 2 time(s) as HH:MM (such as '12:45') and 2 as HHMM (such as '1400', first here)", diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Session_times_count_towards_the_styles()
    {
        string text = Records.FrontMatter.Replace(
            "source:",
            "sessions:\n  - {date: 2024-07-30, time: 08:15 to 09:30 hours}\nsource:",
            StringComparison.Ordinal) + "# 1 Intro\n\nMet on Tuesday, 30 July 2024 (0815-0930 hours) and (1100-1200 hours).\n";
        Assert.Equal(["RG5007@8:30"], DateTime(text).Where(d => d.Id == "RG5007").Brief()); // 1100-1200 is also RG5020: no such session
    }

    [Fact]
    public void One_style_is_quiet() =>
        Assert.Empty(Body("# 1 Intro\n\nMet on Tuesday, 30 July 2024 (0930-1045 hours) and at 1800 hours, then 1300-1500 CEST on 1 August.\n"));

    [Fact]
    public void Unusual_digits_and_extreme_dates_never_throw()
    {
        const string Body3 = "# 1 Intro\n\n\u0661\u0666\u0661\u0665-\u0661\u0667\u0664\u0660 hours on \u0663\u0660 July, 99:99 hours, 0 May, 31 Feb 1999, "
            + "Monday 29 February, 00 Dec 2000, 9999-12-31, Sunday 31 December and Monday 1 January, 2359-0000 CET on 1 January.\n";
        foreach (string meeting in new[] { "{from: 0001-01-01}", "{from: 9999-12-31}", "{from: 0001-01-01, to: 9999-12-31}" })
        {
            string text = WithFrontMatter("{place: Geneva, from: 2024-07-29, to: 2024-08-02}", meeting, Body3);
            var diagnostics = Records.Check(text).Diagnostics;
            Assert.Contains("RG5004", diagnostics.Ids());
        }
    }

    [Fact]
    public void A_long_paragraph_of_dates_and_times_is_checked_in_linear_time()
    {
        // About 60 KB: under the 64 KiB paragraph limit (RG2012) that protects the Markdown parser.
        string paragraph = string.Concat(Enumerable.Repeat("on Tuesday 30 July (1615-1730) and (2022-2024), 1300 CEST on 1 August; ", 850)) + "and on 22 April 2025 at 1300 CET, not on 31 April 2025.";
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var diagnostics = Body("# 1 Intro\n\n" + paragraph + "\n");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
        Assert.Equal(["RG5002", "RG5006"], diagnostics.Ids());
    }
}
