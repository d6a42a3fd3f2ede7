using InternalTthc.Bot.Channels.DirectLine.Conversations;
using InternalTthc.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Bot.Tests.Notifications;

/// <summary>
/// The background dispatcher as it runs in the service: woken by the commit of a case change, not by its poll
/// interval, so people hear of a step at once although the test's clock never moves.
/// </summary>
public sealed class LiveDispatchTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task With_the_dispatcher_on_each_step_reaches_the_requester_at_once_while_the_clock_stands_still()
    {
        await using var host = await ServiceTestHost.StartAsync(new Dictionary<string, string?> { ["Outbox:Enabled"] = "true" });
        var desk = new CaseDesk(host.Services);
        var requester = new ChatDriver(host.Services, "cto.daumoi");
        await requester.SayAsync("xin chào");
        var code = await desk.FileAsync("cto.daumoi", "cto-mailbox-password");
        var c = await desk.FindAsync(code);
        var agentId = await desk.PersonIdAsync("cto.cntt");
        var started = host.Clock.GetUtcNow();

        await CaseNotificationTests.ActAsync(host, s => s.ReceiveAsync(c.Id, agentId, Ct));
        Assert.Contains($"Hồ sơ {code} đã được tiếp nhận", await NextNoticeAsync(host, requester));
        await CaseNotificationTests.ActAsync(host, s => s.RequestSupplementAsync(c.Id, agentId, "Xin gửi ảnh chụp thông báo lỗi.", Ct));
        Assert.Contains($"Hồ sơ {code} cần bổ sung: Xin gửi ảnh chụp thông báo lỗi.", await NextNoticeAsync(host, requester));
        Assert.Equal(started, host.Clock.GetUtcNow());
    }

    /// <summary>
    /// Waits, as a Web Chat stream does, for the conversation's next message; the guard only stops a hung test
    /// (the dispatcher's poll interval runs on the fake clock, which never moves here).
    /// </summary>
    private static async Task<string> NextNoticeAsync(ServiceTestHost host, ChatDriver chat)
    {
        using var appended = host.Services.GetRequiredService<ConversationSignals>().Subscribe("conv-cto.daumoi");
        using var guard = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        guard.CancelAfter(TimeSpan.FromSeconds(60));
        while (true)
        {
            if (await chat.NoticesAsync() is [.., var last])
            {
                return ChatDriver.Text(last);
            }

            await appended.WaitAsync(Timeout.InfiniteTimeSpan, TimeProvider.System, guard.Token);
        }
    }
}
