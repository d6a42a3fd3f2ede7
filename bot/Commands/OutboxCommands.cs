using System.CommandLine;
using InternalTthc.Bot.Hosting;
using InternalTthc.Core.Calendar;
using InternalTthc.Core.Notifications;

namespace InternalTthc.Bot.Commands;

/// <summary>`outbox dead|resend`: the messages that failed for good, and putting one back in the queue.</summary>
public static class OutboxCommands
{
    public static Command Create()
    {
        var dead = new Command("dead", "Liệt kê tin gửi thất bại sau số lần thử tối đa");
        dead.SetAction((_, ct) => ListDeadAsync(Console.Out, null, ct));
        var id = new Argument<Guid>("id") { Description = "Mã tin" };
        var resend = new Command("resend", "Đưa tin thất bại trở lại hàng đợi để gửi lại") { id };
        resend.SetAction((parse, ct) => ResendAsync(parse.GetValue(id), Console.Out, null, ct));
        return new Command("outbox", "Hàng đợi gửi tin (outbox)") { dead, resend };
    }

    public static async Task<int> ListDeadAsync(TextWriter output, Action<WebApplicationBuilder>? configure, CancellationToken ct)
    {
        await using var app = await TthcApp.BuildQuietAsync(configure, ct);
        await using var scope = app.Services.CreateAsyncScope();
        var dead = await scope.ServiceProvider.GetRequiredService<IOutboxStore>().ListAsync(OutboxStatus.DeadLetter, 500, ct);
        foreach (var m in dead)
        {
            await output.WriteLineAsync($"{m.Id}\t{m.Topic}\t{VietnamTime.Format(m.CreatedAt)}\t{m.Attempts} lần\t{m.LastError}");
        }

        await output.WriteLineAsync($"{dead.Count} tin thất bại.");
        return 0;
    }

    public static async Task<int> ResendAsync(Guid id, TextWriter output, Action<WebApplicationBuilder>? configure, CancellationToken ct)
    {
        await using var app = await TthcApp.BuildQuietAsync(configure, ct);
        await using var scope = app.Services.CreateAsyncScope();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var done = await scope.ServiceProvider.GetRequiredService<IOutboxStore>().ResendAsync(id, clock.GetUtcNow(), ct);
        await output.WriteLineAsync(done ? $"Đã đưa tin {id} trở lại hàng đợi." : $"Tin {id} không có trong danh sách thất bại; xem danh sách bằng lệnh: outbox dead.");
        return done ? 0 : 1;
    }
}
