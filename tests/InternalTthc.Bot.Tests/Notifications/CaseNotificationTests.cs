using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Bot.Tests.Notifications;

/// <summary>People hear about their cases without asking: every step reaches them in the conversation where they talk to the bot.</summary>
public sealed class CaseNotificationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_agents_hear_of_a_new_case_and_the_requester_and_focal_point_of_every_step()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var agent = new ChatDriver(host.Services, "hyn.cntt");
        var focal = new ChatDriver(host.Services, "hyn.daumoi");
        await agent.SayAsync("xin chào");
        await focal.SayAsync("xin chào");
        var requester = await FileRestoreMailboxAsync(host, "hyn.canbo");

        // A staff member's request waits for the focal point, who is told so.
        await host.DispatchAsync();
        Assert.Empty(await agent.NoticesAsync());
        Assert.Contains("Hồ sơ HYN-2026-00001 của đơn vị đang chờ bạn xác nhận để gửi đi.", Assert.Single(Texts(await focal.NoticesAsync())));
        var c = await FindAsync(host, "HYN-2026-00001");
        var focalId = await PersonIdAsync(host, "hyn.daumoi");
        await ActAsync(host, s => s.ConfirmForUnitAsync(c.Id, focalId, Ct));
        await host.DispatchAsync();
        Assert.Contains("Có hồ sơ mới HYN-2026-00001 cần tiếp nhận.", Assert.Single(Texts(await agent.NoticesAsync())));
        Assert.Contains("đã được cán bộ đầu mối xác nhận", Assert.Single(Texts(await requester.NoticesAsync())));
        Assert.Empty(await focal.NoticesAsync()); // he did it himself

        var agentId = await PersonIdAsync(host, "hyn.cntt");
        await ActAsync(host, s => s.ReceiveAsync(c.Id, agentId, Ct));
        await ActAsync(host, s => s.RequestSupplementAsync(c.Id, agentId, "Bổ sung ảnh chụp thông báo khóa hộp thư", Ct));
        await host.DispatchAsync();
        foreach (var side in new[] { requester, focal })
        {
            Assert.Collection(Texts(await side.NoticesAsync()),
                t => Assert.Contains("Hồ sơ HYN-2026-00001 đã được tiếp nhận và đang chờ xử lý.", t),
                t => Assert.Contains("Hồ sơ HYN-2026-00001 cần bổ sung: Bổ sung ảnh chụp thông báo khóa hộp thư.", t));
        }

        await ActAsync(host, s => s.SupplementAsync(c.Id, c.RequesterId, c.Answers, "Đã gửi ảnh", Ct));
        await host.DispatchAsync();
        Assert.Contains("Hồ sơ HYN-2026-00001 đã được bổ sung", Assert.Single(Texts(await agent.NoticesAsync())));

        await ActAsync(host, s => s.ResolveAsync(c.Id, agentId, new CaseResult("125/TTCNTT", new DateOnly(2026, 3, 3), "Đã mở khóa hộp thư", []), Ct));
        await host.DispatchAsync();
        var resultNotices = await requester.NoticesAsync();
        var result = Assert.Single(Texts(resultNotices));
        Assert.Contains("Hồ sơ HYN-2026-00001 đã có kết quả: văn bản số 125/TTCNTT ngày 03/03/2026.", result);
        Assert.Contains("Đã có kết quả", result);
        Assert.Single(await focal.NoticesAsync());
        await CardSchema.AssertValidAsync([.. Cards(resultNotices)]);

        // Sent once: dispatching again finds nothing, and every row is recorded as sent.
        Assert.Equal(0, await host.DispatchAsync());
        await using var scope = host.Services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<IOutboxStore>();
        Assert.All(await outbox.ListAsync(OutboxStatus.Pending, 100, Ct), m => Assert.Equal(Core.Notifications.Reminders.ReminderPayload.Topic, m.Topic));
        Assert.Empty(await outbox.ListAsync(OutboxStatus.DeadLetter, 10, Ct));
    }

    [Fact]
    public async Task A_focal_point_who_never_wrote_to_the_bot_gets_the_message_when_he_first_does()
    {
        await using var host = await ServiceTestHost.StartAsync();
        await FileRestoreMailboxAsync(host, "hyn.canbo");
        await host.DispatchAsync();

        // No conversation to write to: the message waits, without retries that would end as a dead letter.
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var outbox = scope.ServiceProvider.GetRequiredService<IOutboxStore>();
            Assert.Equal(await PersonIdAsync(host, "hyn.daumoi"), Assert.Single(await outbox.ListAsync(OutboxStatus.AwaitingContact, 10, Ct)).RecipientId);
            host.Clock.Advance(TimeSpan.FromDays(3));
            await host.DispatchAsync();
            Assert.Empty(await outbox.ListAsync(OutboxStatus.DeadLetter, 10, Ct));
        }

        var focal = new ChatDriver(host.Services, "hyn.daumoi");
        await focal.SayAsync("xin chào");
        await host.DispatchAsync();
        Assert.Contains("Hồ sơ HYN-2026-00001 của đơn vị đang chờ bạn xác nhận để gửi đi.", Assert.Single(Texts(await focal.NoticesAsync())));
    }

    [Fact]
    public async Task A_message_that_waited_longer_than_the_hold_is_dropped_when_he_finally_writes()
    {
        await using var host = await ServiceTestHost.StartAsync(new Dictionary<string, string?> { ["Outbox:HoldForContact"] = "30.00:00:00" });
        await FileRestoreMailboxAsync(host, "hyn.canbo");
        await host.DispatchAsync();
        host.Clock.Advance(TimeSpan.FromDays(31));

        var focal = new ChatDriver(host.Services, "hyn.daumoi");
        await focal.SayAsync("xin chào");
        await host.DispatchAsync();

        Assert.Empty(await focal.NoticesAsync());
        await using var scope = host.Services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<IOutboxStore>();
        Assert.Empty(await outbox.ListAsync(OutboxStatus.AwaitingContact, 10, Ct));
        Assert.Contains(await outbox.ListAsync(OutboxStatus.Cancelled, 10, Ct), m => m.LastError!.Contains("Outbox:HoldForContact"));
    }

    internal static async Task<ChatDriver> FileRestoreMailboxAsync(ServiceTestHost host, string login)
    {
        var chat = new ChatDriver(host.Services, login);
        await chat.SayAsync("xin chào");
        await chat.PressAsync("Khôi phục hộp thư bị khóa");
        await chat.PressAsync("Tiếp tục", new Dictionary<string, string>
        {
            ["mailboxAddress"] = "nam.dv@hungyen.gov.vn", ["mailboxOwner"] = "Đinh Văn Nam", ["contactPhone"] = "0914000002",
        });
        await chat.SkipOptionalQuestionsAsync();
        await chat.PressAsync("Gửi hồ sơ");
        return chat;
    }

    internal static async Task<Case> FindAsync(ServiceTestHost host, string code)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ICaseStore>().FindByCodeAsync(code, Ct))!;
    }

    internal static async Task<Guid> PersonIdAsync(ServiceTestHost host, string login)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IDirectoryStore>().FindPersonByLoginAsync(login, Ct))!.Id;
    }

    internal static async Task ActAsync(ServiceTestHost host, Func<CaseService, Task<Case>> act)
    {
        await using var scope = host.Services.CreateAsyncScope();
        await act(scope.ServiceProvider.GetRequiredService<CaseService>());
    }

    private static IEnumerable<System.Text.Json.JsonElement> Cards(IReadOnlyList<Activity> activities) =>
        activities.SelectMany(a => a.Attachments ?? []).Where(a => a.Content is not null).Select(ChatDriver.Card);

    private static List<string> Texts(IReadOnlyList<Activity> activities) => [.. activities.Select(ChatDriver.Text)];
}
