namespace Rgiem.Cli.Tests;

/// <summary>The progress of a long build: silent for a second, a redrawn line on a terminal, plain lines in a log.</summary>
public class BuildProgressTests
{
    private static (Action<double> SetSeconds, BuildProgress Progress) Make(bool interactive, bool enabled, int total, StringWriter error)
    {
        double seconds = 0;
        var progress = new BuildProgress(error, interactive, enabled, total, () => TimeSpan.FromSeconds(seconds));
        return (s => seconds = s, progress);
    }

    [Fact]
    public void A_build_shorter_than_a_second_prints_nothing()
    {
        var error = new StringWriter();
        var (setSeconds, progress) = Make(interactive: true, enabled: true, total: 100, error);
        for (int i = 0; i < 100; i++)
        {
            setSeconds(i * 9 / 1000.0);
            progress.RecordDone();
        }

        progress.Dispose();
        Assert.Equal(string.Empty, error.ToString());
    }

    [Fact]
    public void On_a_terminal_one_line_is_redrawn_at_most_ten_times_a_second_and_erased_at_the_end()
    {
        var error = new StringWriter();
        var (setSeconds, progress) = Make(interactive: true, enabled: true, total: 1000, error);
        for (int i = 1; i <= 1000; i++)
        {
            setSeconds(i * 2 / 1000.0); // 2 s in all
            progress.RecordDone();
        }

        string before = error.ToString();
        progress.Dispose();
        string text = error.ToString();
        Assert.DoesNotContain('\n', text);
        int draws = before.Split("\r\u001b[K").Length - 1;
        Assert.InRange(draws, 9, 11); // from 1 s to 2 s, every 100 ms
        Assert.Contains("building: 1000/1000 records checked and rendered (2.0 s)", before, StringComparison.Ordinal);
        Assert.EndsWith("\r\u001b[K", text, StringComparison.Ordinal);
        Assert.StartsWith("\r\u001b[Kbuilding: 500/1000", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Redirected_or_on_ci_it_writes_plain_lines_every_few_seconds()
    {
        var error = new StringWriter();
        var (setSeconds, progress) = Make(interactive: false, enabled: true, total: 1000, error);
        for (int i = 1; i <= 1000; i++)
        {
            setSeconds(i / 100.0); // 10 s in all
            progress.RecordDone();
        }

        progress.Dispose();
        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["building: 100/1000 records checked and rendered (1.0 s)", "building: 400/1000 records checked and rendered (4.0 s)", "building: 700/1000 records checked and rendered (7.0 s)", "building: 1000/1000 records checked and rendered (10.0 s)"], lines);
        Assert.DoesNotContain('\u001b', error.ToString());
    }

    [Fact]
    public void Quiet_prints_nothing_however_long_the_build()
    {
        var error = new StringWriter();
        var (setSeconds, progress) = Make(interactive: true, enabled: false, total: 10, error);
        for (int i = 1; i <= 10; i++)
        {
            setSeconds(i * 5);
            progress.RecordDone();
        }

        progress.Dispose();
        Assert.Equal(string.Empty, error.ToString());
    }
}
