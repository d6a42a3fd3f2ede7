using InternalTthc.Load;

namespace InternalTthc.Bot.Tests.Performance;

/// <summary>
/// The load harness in its short mode, as CI runs it: the bot as its own process, every activity signed with the
/// harness's keys, Direct Line users signed in as the agency's proxy does, every scenario done. Only that it works is
/// checked (and that committed cases are the acknowledged ones); its figures are judged by people, never here.
/// </summary>
public sealed class LoadHarnessTests
{
    [Fact]
    public async Task The_short_mode_runs_every_scenario_against_the_real_bot_with_signed_activities_and_no_error()
    {
        var output = new StringWriter();

        var reports = await LoadHarness.RunAsync(LoadOptions.Parse(["--short"]), output);

        Assert.Equal(["greeting", "directline", "filing", "submit", "lookup", "reminders"], reports.Select(r => r.Name));
        Assert.All(reports, r =>
        {
            Assert.NotEmpty(r.LatenciesMs);
            Assert.Equal(0, r.Errors);
            Assert.True(r.PeakMegabytes > 0);
        });
        Assert.True(reports.Single(r => r.Name == "filing").Verdict?.Met, output.ToString());
        // The confirm turns alone: the 8 senders' forms prepared outside the window, each confirmed once, checked with the filing's cases.
        Assert.Equal(8, reports.Single(r => r.Name == "submit").LatenciesMs.Count);
        Assert.True(reports.Single(r => r.Name == "submit").Verdict?.Met, output.ToString());
        // Every queued reminder arrived once; whether the rate was kept is a figure, judged in the long run.
        Assert.Equal(100, reports.Single(r => r.Name == "reminders").LatenciesMs.Count);
        Assert.Contains("p99", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("send rate: configured 100/s", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_send_rate_is_judged_by_the_busiest_second_and_the_rate_reached()
    {
        var start = new DateTimeOffset(2026, 12, 6, 8, 0, 0, TimeSpan.Zero);
        var even = Enumerable.Range(0, 101).Select(i => start.AddMilliseconds(i * 100)).ToList();
        var bunched = even.Select((at, i) => i == 50 ? at.AddMilliseconds(-99) : at).ToList();
        var slow = Enumerable.Range(0, 101).Select(i => start.AddMilliseconds(i * 120)).ToList();

        Assert.True(SendRate.Judge(even, 10).Met);
        Assert.Equal(10, SendRate.BusiestSecond(even));
        Assert.Equal(11, SendRate.BusiestSecond(bunched));
        Assert.False(SendRate.Judge(bunched, 10).Met);
        Assert.False(SendRate.Judge(slow, 10).Met);
    }
}
