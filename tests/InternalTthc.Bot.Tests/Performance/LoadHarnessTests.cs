using InternalTthc.Load;

namespace InternalTthc.Bot.Tests.Performance;

/// <summary>
/// The load harness in its short mode, as CI runs it: the bot as its own process, every activity signed with the
/// harness's keys, every scenario done. Only that it works is checked; its figures are judged by people, never here.
/// </summary>
public sealed class LoadHarnessTests
{
    [Fact]
    public async Task The_short_mode_runs_every_scenario_against_the_real_bot_with_signed_activities_and_no_error()
    {
        var output = new StringWriter();

        var reports = await LoadHarness.RunAsync(LoadOptions.Parse(["--short"]), output);

        Assert.Equal(["greeting", "filing", "lookup"], reports.Select(r => r.Name));
        Assert.All(reports, r =>
        {
            Assert.NotEmpty(r.LatenciesMs);
            Assert.Equal(0, r.Errors);
            Assert.True(r.PeakMegabytes > 0);
        });
        Assert.Contains("p99", output.ToString(), StringComparison.Ordinal);
    }
}
