using InternalTthc.Bot.Commands;
using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Calendar;
using InternalTthc.Core.Notifications;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Bot.Tests.Notifications;

/// <summary>Administrators' notices: the maintenance notice rule, the throttle, and the delivery report.</summary>
public sealed class AnnouncementTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_maintenance_notice_needs_five_working_days_unless_urgent_and_goes_out_at_the_configured_rate()
    {
        await using var host = await ServiceTestHost.StartAsync(new Dictionary<string, string?> { ["Announcements:MessagesPerMinute"] = "2" });
        var focal = new ChatDriver(host.Services, "lcu.daumoi");
        var agent = new ChatDriver(host.Services, "lcu.cntt");
        await focal.SayAsync("xin chào");
        await agent.SayAsync("xin chào");
        var admin = await CaseNotificationTests.PersonIdAsync(host, "lcu.quantri");

        // Monday 2 March 2026, 09:00: Thursday is three working days away, the Tuesday after next six.
        var soon = new AnnouncementRequest(admin, "lai-chau", AnnouncementAudience.Units, "Bảo trì hệ thống thư điện tử", "Hệ thống tạm dừng 2 giờ.")
        {
            MaintenanceAt = VietnamTime.ToUtc(new DateTime(2026, 3, 5, 9, 0, 0)),
        };
        var refused = await Assert.ThrowsAsync<AnnouncementException>(() => SendAsync(host, soon));
        Assert.Contains("Thông báo bảo trì phải gửi trước ít nhất 5 ngày làm việc", refused.Message);
        Assert.Contains("09:00 05/03/2026", refused.Message);
        Assert.NotNull(await SendAsync(host, soon with { Urgent = true }));

        var planned = await SendAsync(host, soon with { MaintenanceAt = VietnamTime.ToUtc(new DateTime(2026, 3, 10, 9, 0, 0)) });
        var hungYenAdmin = await CaseNotificationTests.PersonIdAsync(host, "hyn.daumoi");
        Assert.Contains("Chỉ quản trị viên", (await Assert.ThrowsAsync<AnnouncementException>(() => SendAsync(host, soon with { SenderId = hungYenAdmin }))).Message);

        // Two a minute: the first two of each announcement go now, the rest follow.
        await host.DispatchAsync();
        var first = await ReportAsync(host, planned.Id);
        Assert.Equal(planned.Recipients, first.Sent + first.Pending + first.AwaitingContact);
        Assert.True(planned.Recipients > 2, "Lai Châu's units have more than two people in the demo directory.");
        host.Clock.Advance(TimeSpan.FromMinutes(planned.Recipients));
        await host.DispatchAsync();

        // Only people who ever talked to the bot can be reached; the others' messages wait for their first message to it.
        var report = await ReportAsync(host, planned.Id);
        Assert.Equal(2, report.Sent);
        Assert.Equal(0, report.Pending);
        Assert.Equal(planned.Recipients - 2, report.AwaitingContact);
        var notice = ChatDriver.Text((await focal.NoticesAsync()).Last());
        Assert.Contains("Bảo trì hệ thống thư điện tử", notice);
        Assert.Contains("Thời điểm bảo trì: 09:00 10/03/2026.", notice);

        var output = new StringWriter();
        Assert.Equal(0, await AnnouncementCommands.ReportAsync(planned.Id, output, b => b.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Store:ConnectionString"] = host.Services.GetRequiredService<Core.Store.StoreOptions>().ConnectionString, ["DirectLine:TokenSecret"] = ServiceTestHost.TokenSecret,
        }), Ct));
        Assert.Contains($"đã gửi 2, đang chờ 0, bị chặn 0, thất bại 0, bỏ qua 0, chờ người nhận nhắn tin lần đầu cho bot {planned.Recipients - 2}.", output.ToString());
    }

    [Fact]
    public async Task A_maintenance_notice_is_not_delivered_once_the_maintenance_has_begun()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var admin = await CaseNotificationTests.PersonIdAsync(host, "lcu.quantri");
        var notice = new AnnouncementRequest(admin, "lai-chau", AnnouncementAudience.FocalPoints, "Bảo trì khẩn cấp", "Hệ thống thư tạm dừng 1 giờ.")
        {
            MaintenanceAt = host.Clock.GetUtcNow().AddHours(1), Urgent = true,
        };
        await SendAsync(host, notice);
        await host.DispatchAsync(); // nobody of them has written to the bot yet: the messages wait

        host.Clock.Advance(TimeSpan.FromHours(2));
        var focal = new ChatDriver(host.Services, "lcu.daumoi");
        await focal.SayAsync("xin chào");
        await host.DispatchAsync();

        Assert.DoesNotContain(await focal.NoticesAsync(), a => ChatDriver.Text(a).Contains("Bảo trì khẩn cấp"));
    }

    private static async Task<Announcement> SendAsync(ServiceTestHost host, AnnouncementRequest request)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AnnouncementService>().SendAsync(request, Ct);
    }

    private static async Task<AnnouncementReport> ReportAsync(ServiceTestHost host, Guid id)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IAnnouncementStore>().ReportAsync(id, Ct))!;
    }
}
