using InternalTthc.Bot.Handoff.Console;
using InternalTthc.Bot.Tests.Support;
using InternalTthc.Testing;
using static InternalTthc.Bot.Tests.Handoff.AgentConsoleCaseTests;

namespace InternalTthc.Bot.Tests.Handoff;

/// <summary>
/// The console's "open a case" form offers only procedures in force today: Bắc Ninh's decision 79/2025 is in force from
/// 5 December 2025, so on the 4th its procedures are left out (even when asked for by code), and on the 5th they are offered.
/// </summary>
public sealed class AgentConsoleFormInForceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_procedure_not_yet_in_force_today_is_left_out_of_the_console_s_case_form()
    {
        var dayBefore = new DateTimeOffset(2025, 12, 4, 2, 0, 0, TimeSpan.Zero); // 09:00 in Bắc Ninh, a Thursday
        await using var host = await ServiceTestHost.StartAsync(clock: new FakeClock(dayBefore));
        var user = new ChatDriver(host.Services, "bn.daumoi");
        await user.SayAsync("tôi muốn gặp cán bộ");
        var agent = await PersonAsync(host, "bn.cntt");
        var id = (await Scoped<Core.Handoff.IHandoffStore, Core.Handoff.HandoffRequest?>(host, s => s.FindOpenAsync("directline", "conv-bn.daumoi", Ct)))!.Id;
        await Scoped<ConsoleActions, string>(host, a => a.TakeAsync(agent, id, Ct));

        var before = (await Scoped<ConsoleCaseForms, ConsoleCaseForm?>(host, f => f.ForAsync(agent, id, "bn-mailbox-password", null, Ct)))!;
        Assert.Empty(before.Procedures);
        Assert.Equal("", before.Procedure);
        Assert.Empty(before.Fields);

        host.Clock.Advance(TimeSpan.FromDays(1));
        var inForce = (await Scoped<ConsoleCaseForms, ConsoleCaseForm?>(host, f => f.ForAsync(agent, id, "bn-mailbox-password", null, Ct)))!;
        Assert.Contains(inForce.Procedures, p => p.Value == "bn-mailbox-password");
        Assert.Equal("bn-mailbox-password", inForce.Procedure);
    }
}
