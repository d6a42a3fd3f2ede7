using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Cases;
using InternalTthc.Core.Notifications;
using InternalTthc.Core.Notifications.Reminders;
using InternalTthc.Core.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Bot.Tests.Notifications;

/// <summary>Reminders planned from the deadline fire under the fake clock, escalate when late, apologise to the requester, and stop when the case moves on.</summary>
public sealed class ReminderDeliveryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_agent_is_reminded_before_and_after_the_due_moment_the_leader_told_the_requester_apologised_to_and_all_stops_at_the_result()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var agent = new ChatDriver(host.Services, "hyn.cntt");
        var leader = new ChatDriver(host.Services, "hyn.cntt.lanhdao");
        await agent.SayAsync("xin chào");
        await leader.SayAsync("xin chào");
        var requester = await CaseNotificationTests.FileRestoreMailboxAsync(host, "hyn.daumoi");
        var c = await CaseNotificationTests.FindAsync(host, "HYN-2026-00001");
        var agentId = await CaseNotificationTests.PersonIdAsync(host, "hyn.cntt");
        await CaseNotificationTests.ActAsync(host, s => s.ReceiveAsync(c.Id, agentId, Ct));
        await host.DispatchAsync();
        await agent.NoticesAsync();
        await requester.NoticesAsync();
        var due = (await CaseNotificationTests.FindAsync(host, c.Code!)).ResolutionDueAt!.Value;

        // Nothing fires before its moment; the day before the due moment the agent hears of it.
        Assert.Empty(await agent.NoticesAsync());
        host.Clock.Set(due.AddHours(-1));
        await host.DispatchAsync();
        var soon = Texts(await agent.NoticesAsync());
        Assert.Contains(soon, t => t.Contains("Nhắc việc: hồ sơ HYN-2026-00001 đến hạn giải quyết", StringComparison.Ordinal));

        // Due at 17:00: the overdue notice is not sent in the evening but at the start of the next working morning.
        host.Clock.Set(due.AddMinutes(1));
        await host.DispatchAsync();
        Assert.Empty(await agent.NoticesAsync());
        host.Clock.Set(due.AddHours(16));
        await host.DispatchAsync();
        Assert.Contains(Texts(await agent.NoticesAsync()), t => t.Contains("Hồ sơ HYN-2026-00001 đã quá hạn giải quyết", StringComparison.Ordinal));
        Assert.Contains(Texts(await requester.NoticesAsync()), t => t.Contains("Xin lỗi vì hồ sơ HYN-2026-00001 đã quá hạn giải quyết", StringComparison.Ordinal)
            && t.Contains("thời hạn trả kết quả dự kiến mới", StringComparison.Ordinal));
        Assert.Contains(Texts(await leader.NoticesAsync()), t => t.Contains("Báo cáo lãnh đạo: hồ sơ HYN-2026-00001 quá hạn giải quyết", StringComparison.Ordinal));

        // Late but done: the result stops every reminder still planned.
        await CaseNotificationTests.ActAsync(host, s => s.ResolveAsync(c.Id, agentId, new CaseResult("9/TTCNTT", new DateOnly(2026, 3, 20), "Đã mở khóa", []), Ct));
        await host.DispatchAsync();
        await requester.NoticesAsync();
        host.Clock.Advance(TimeSpan.FromDays(14));
        await host.DispatchAsync();
        Assert.Empty(await agent.NoticesAsync());
        Assert.Empty(await leader.NoticesAsync());
        await using var scope = host.Services.CreateAsyncScope();
        var reminders = await scope.ServiceProvider.GetRequiredService<TthcDbContext>().OutboxMessages.AsNoTracking()
            .Where(m => m.Topic == ReminderPayload.Topic).ToListAsync(Ct);
        Assert.Contains(reminders, m => m.Status == OutboxStatus.Cancelled);
        Assert.DoesNotContain(reminders, m => m.Status == OutboxStatus.Pending);
    }

    [Fact]
    public async Task The_provincial_office_agent_is_reminded_of_the_quarterly_report_before_the_quarter_ends_and_once_only()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var agent = new ChatDriver(host.Services, "lcu.vpubnd");
        await agent.SayAsync("xin chào");
        await agent.NoticesAsync();
        // Planned as the dispatcher does each day; a second round (a restart, another instance) adds nothing.
        Assert.True(await PlanDutiesAsync(host) > 0);
        Assert.Equal(0, await PlanDutiesAsync(host));

        // 1/4/2026 is a Wednesday: the last reminder is at the opening of Tuesday 31/3.
        host.Clock.Set(new DateTimeOffset(2026, 3, 31, 1, 0, 0, TimeSpan.Zero));
        await host.DispatchAsync();
        var notices = Texts(await agent.NoticesAsync());
        Assert.Contains(notices, t => t.Contains("Sắp đến hạn việc định kỳ: Báo cáo Chủ tịch Ủy ban nhân dân tỉnh", StringComparison.Ordinal)
            && t.Contains("trước ngày 01/04/2026", StringComparison.Ordinal) && t.Contains("Quy chế, Điều 27 khoản 4", StringComparison.Ordinal));
        host.Clock.Advance(TimeSpan.FromHours(2));
        await host.DispatchAsync();
        Assert.Empty(await agent.NoticesAsync());
    }

    private static async Task<int> PlanDutiesAsync(ServiceTestHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var planner = scope.ServiceProvider.GetRequiredService<DutyPlanner>();
        return await scope.ServiceProvider.GetRequiredService<IOutboxStore>().AddAsync([.. planner.Plan(2026)], Ct);
    }

    private static List<string> Texts(IReadOnlyList<Activity> activities) => [.. activities.Select(ChatDriver.Text)];
}
