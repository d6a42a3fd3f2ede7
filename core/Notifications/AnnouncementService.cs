using System.Globalization;
using InternalTthc.Core.Calendar;
using InternalTthc.Core.Catalog;
using InternalTthc.Core.Directory;

namespace InternalTthc.Core.Notifications;

/// <summary>
/// Sends an administrator's notice to a jurisdiction's focal points, people or agents through the outbox, spread out by
/// the throttle; a planned-maintenance notice must come the regulated number of working days ahead unless marked urgent.
/// </summary>
public sealed class AnnouncementService(
    IDirectoryStore directory, IAnnouncementStore store, ProcedureCatalog catalog, IDeadlineCalculator calendar, AnnouncementOptions options, TimeProvider clock)
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public async Task<Announcement> SendAsync(AnnouncementRequest request, CancellationToken ct)
    {
        var jurisdiction = catalog.FindJurisdiction(request.JurisdictionCode) ?? throw new AnnouncementException($"Không có địa phương mã '{request.JurisdictionCode}'. Xem các mã địa phương bằng lệnh: catalog list.");
        var units = await directory.ListUnitsAsync(jurisdiction.Code, ct);
        var sender = await directory.GetPersonRolesAsync(request.SenderId, ct);
        if (sender is null || !units.Any(u => sender.Holds(Role.Administrator, u.Id)))
        {
            throw new AnnouncementException($"Chỉ quản trị viên của {jurisdiction.Name} được gửi thông báo cho địa phương này.");
        }

        if (string.IsNullOrWhiteSpace(request.Title) || string.IsNullOrWhiteSpace(request.Text))
        {
            throw new AnnouncementException("Thông báo cần có tiêu đề và nội dung.");
        }

        var now = clock.GetUtcNow();
        CheckNotice(request, jurisdiction, now);
        var recipients = new List<Guid>();
        foreach (var unit in units)
        {
            recipients.AddRange(request.Audience switch
            {
                AnnouncementAudience.FocalPoints => (await directory.ListHoldersAsync(unit.Id, Role.FocalPoint, ct)).Select(p => p.Id),
                AnnouncementAudience.Agents => (await directory.ListHoldersAsync(unit.Id, Role.Agent, ct)).Select(p => p.Id),
                _ => (await directory.ListPeopleOfUnitAsync(unit.Id, ct)).Where(p => p.Active).Select(p => p.Id),
            });
        }

        var distinct = recipients.Distinct().ToList();
        var announcement = new Announcement
        {
            JurisdictionCode = jurisdiction.Code, Audience = request.Audience, Title = request.Title.Trim(), Text = request.Text.Trim(),
            MaintenanceAt = request.MaintenanceAt, Urgent = request.Urgent, CreatedBy = request.SenderId, CreatedAt = now, Recipients = distinct.Count,
        };
        var spacing = TimeSpan.FromMinutes(1) / Math.Max(1, options.MessagesPerMinute);
        var messages = distinct.Select((id, i) => new NotificationPayload(NotificationKind.Announcement, id) { AnnouncementId = announcement.Id }
            .ToMessage($"{announcement.Id:N}", now, now + (spacing * i))).ToList();
        await store.AddAsync(announcement, messages, ct);
        return announcement;
    }

    private void CheckNotice(AnnouncementRequest request, JurisdictionInfo jurisdiction, DateTimeOffset now)
    {
        if (request.MaintenanceAt is not { } start || request.Urgent || jurisdiction.Policy.MaintenanceNoticeWorkingDays is not { } days)
        {
            return;
        }

        var earliest = calendar.ComputeDue(jurisdiction.Code, DeadlineRule.WorkingDays(days, DeadlineStart.Submission), now);
        if (earliest is { } allowed && start < allowed)
        {
            throw new AnnouncementException(string.Format(Vi,
                "Thông báo bảo trì phải gửi trước ít nhất {0} ngày làm việc. Gửi hôm nay thì sớm nhất được bảo trì từ {2}, còn thời điểm đã chọn là {1}. Nếu là sự cố khẩn cấp, hãy đánh dấu khẩn.",
                days, VietnamTime.Format(start), VietnamTime.Format(allowed)));
        }
    }
}
