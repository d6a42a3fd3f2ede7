using System.CommandLine;
using System.Globalization;
using InternalTthc.Bot.Hosting;
using InternalTthc.Core.Calendar;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Notifications;

namespace InternalTthc.Bot.Commands;

/// <summary>`announce send|report`: an administrator's notice to a jurisdiction through the outbox, and its delivery report.</summary>
public static class AnnouncementCommands
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public static Command Create()
    {
        var sender = new Option<string>("--as") { Description = "Tên đăng nhập của quản trị viên gửi", Required = true };
        var jurisdiction = new Option<string>("--jurisdiction") { Description = "Mã địa phương, ví dụ lai-chau", Required = true };
        var audience = new Option<AnnouncementAudience>("--to") { Description = "FocalPoints (cán bộ đầu mối), Units (mọi cán bộ), Agents (cán bộ CNTT)", DefaultValueFactory = _ => AnnouncementAudience.FocalPoints };
        var title = new Option<string>("--title") { Description = "Tiêu đề", Required = true };
        var text = new Option<string>("--text") { Description = "Nội dung", Required = true };
        var maintenance = new Option<string?>("--maintenance") { Description = "Thời điểm bắt đầu bảo trì (giờ Việt Nam), ví dụ \"2026-12-01 08:00\"" };
        var urgent = new Option<bool>("--urgent") { Description = "Khẩn cấp: gửi dù chưa đủ thời hạn báo trước" };
        var send = new Command("send", "Gửi thông báo qua hàng đợi gửi tin (outbox), giãn theo tốc độ cấu hình") { sender, jurisdiction, audience, title, text, maintenance, urgent };
        send.SetAction(async (parse, ct) =>
        {
            DateTimeOffset? start = null;
            if (parse.GetValue(maintenance) is { } at)
            {
                if (!DateTime.TryParseExact(at, "yyyy-MM-dd HH:mm", Vi, DateTimeStyles.None, out var local))
                {
                    await Console.Out.WriteLineAsync($"Thời điểm bảo trì '{at}' phải có dạng năm-tháng-ngày giờ:phút, ví dụ 2026-12-01 08:00.");
                    return 1;
                }

                start = VietnamTime.ToUtc(local);
            }

            var request = new AnnouncementRequest(Guid.Empty, parse.GetValue(jurisdiction)!, parse.GetValue(audience), parse.GetValue(title)!, parse.GetValue(text)!)
            {
                MaintenanceAt = start, Urgent = parse.GetValue(urgent),
            };
            return await SendAsync(parse.GetValue(sender)!, request, Console.Out, null, ct);
        });

        var id = new Argument<Guid>("id") { Description = "Mã thông báo" };
        var report = new Command("report", "Báo cáo gửi: đã gửi, đang chờ, bị chặn, thất bại") { id };
        report.SetAction((parse, ct) => ReportAsync(parse.GetValue(id), Console.Out, null, ct));
        return new Command("announce", "Thông báo đến cán bộ đầu mối, đơn vị hoặc cán bộ CNTT của một địa phương") { send, report };
    }

    public static async Task<int> SendAsync(string login, AnnouncementRequest request, TextWriter output, Action<WebApplicationBuilder>? configure, CancellationToken ct)
    {
        await using var app = await VerbApp.OpenAsync(mayCreateStore: false, output, configure, ct);
        if (app is null)
        {
            return 1;
        }

        await using var scope = app.Services.CreateAsyncScope();
        if (await scope.ServiceProvider.GetRequiredService<IDirectoryStore>().FindPersonByLoginAsync(login, ct) is not { } person)
        {
            await output.WriteLineAsync($"Không có cán bộ đăng nhập '{login}' trong danh bạ. Kiểm tra tên đăng nhập, hoặc nạp danh bạ bằng lệnh: directory import.");
            return 1;
        }

        try
        {
            var sent = await scope.ServiceProvider.GetRequiredService<AnnouncementService>().SendAsync(request with { SenderId = person.Id }, ct);
            await output.WriteLineAsync($"Đã xếp hàng thông báo {sent.Id} cho {sent.Recipients} người; xem tình hình gửi: announce report {sent.Id}");
            return 0;
        }
        catch (AnnouncementException e)
        {
            await output.WriteLineAsync(e.Message);
            return 1;
        }
    }

    public static async Task<int> ReportAsync(Guid id, TextWriter output, Action<WebApplicationBuilder>? configure, CancellationToken ct)
    {
        await using var app = await VerbApp.OpenAsync(mayCreateStore: false, output, configure, ct);
        if (app is null)
        {
            return 1;
        }

        await using var scope = app.Services.CreateAsyncScope();
        if (await scope.ServiceProvider.GetRequiredService<IAnnouncementStore>().ReportAsync(id, ct) is not { } r)
        {
            await output.WriteLineAsync($"Không có thông báo {id}. Mã thông báo được in ra khi gửi (announce send).");
            return 1;
        }

        await output.WriteLineAsync($"{r.Announcement.Title}: {r.Announcement.Recipients} người nhận — đã gửi {r.Sent}, đang chờ {r.Pending}, bị chặn {r.Blocked}, thất bại {r.Failed}, bỏ qua {r.Cancelled}, chờ người nhận nhắn tin lần đầu cho bot {r.AwaitingContact}.");
        return 0;
    }
}
