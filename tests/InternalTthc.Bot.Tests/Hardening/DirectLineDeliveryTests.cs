using InternalTthc.Bot.Tests.Notifications;
using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Notifications;
using InternalTthc.Core.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Bot.Tests.Hardening;

/// <summary>
/// Issue 17.11: on Direct Line a notification's message and its delivery record are one transaction, so an instance
/// that dies between them leaves neither, and the row handled again delivers the message once.
/// </summary>
public sealed class DirectLineDeliveryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_failure_after_the_append_and_before_the_delivery_record_does_not_show_the_message_twice()
    {
        await using var host = await ServiceTestHost.StartAsync();
        var focal = new ChatDriver(host.Services, "lcu.daumoi");
        await focal.SayAsync("xin chào");
        await focal.NoticesAsync();
        var admin = await CaseNotificationTests.PersonIdAsync(host, "lcu.quantri");
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AnnouncementService>().SendAsync(
                new AnnouncementRequest(admin, "lai-chau", AnnouncementAudience.FocalPoints, "Bảo trì khẩn cấp", "Hệ thống thư tạm dừng 1 giờ.")
                {
                    MaintenanceAt = host.Clock.GetUtcNow().AddHours(3), Urgent = true,
                }, Ct);
        }

        // The process "dies" at the delivery record of the message that was just appended.
        await SqlAsync(host, "CREATE TRIGGER crash BEFORE INSERT ON delivery_log WHEN NEW.outcome = 'Sent' BEGIN SELECT RAISE(ABORT, 'simulated crash'); END;");
        await host.DispatchAsync();
        await SqlAsync(host, "DROP TRIGGER crash;");
        host.Clock.Advance(TimeSpan.FromMinutes(30));
        await host.DispatchAsync();

        var notices = (await focal.NoticesAsync()).Where(a => ChatDriver.Text(a).Contains("Bảo trì khẩn cấp")).ToList();
        Assert.Single(notices);
    }

    private static async Task SqlAsync(ServiceTestHost host, string sql)
    {
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TthcDbContext>().Database.ExecuteSqlRawAsync(sql, Ct);
    }
}
