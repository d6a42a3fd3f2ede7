using System.CommandLine;
using InternalTthc.Bot.Hosting;
using InternalTthc.Core.Calendar;
using InternalTthc.Core.Notifications;

namespace InternalTthc.Bot.Commands;

/// <summary>`outbox dead|waiting|resend`: the messages that failed for good, those waiting for a person's first message, and putting one back in the queue.</summary>
public static class OutboxCommands
{
    public static Command Create()
    {
        var dead = new Command("dead", "Liệt kê tin gửi thất bại sau số lần thử tối đa");
        dead.SetAction((_, ct) => ListAsync(OutboxStatus.DeadLetter, Console.Out, null, ct));
        var waiting = new Command("waiting", "Liệt kê tin chờ người nhận nhắn tin lần đầu cho bot");
        waiting.SetAction((_, ct) => ListAsync(OutboxStatus.AwaitingContact, Console.Out, null, ct));
        var id = new Argument<Guid>("id") { Description = "Mã tin" };
        var resend = new Command("resend", "Đưa tin thất bại trở lại hàng đợi để gửi lại") { id };
        resend.SetAction((parse, ct) => ResendAsync(parse.GetValue(id), Console.Out, null, ct));
        return new Command("outbox", "Hàng đợi gửi tin (outbox)") { dead, waiting, resend };
    }

    public static async Task<int> ListAsync(OutboxStatus status, TextWriter output, Action<WebApplicationBuilder>? configure, CancellationToken ct)
    {
        await using var app = await VerbApp.OpenAsync(mayCreateStore: false, output, configure, ct);
        if (app is null)
        {
            return 1;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<IOutboxStore>().ListAsync(status, 500, ct);
        foreach (var m in rows)
        {
            await output.WriteLineAsync($"{m.Id}\t{m.Topic}\t{VietnamTime.Format(m.CreatedAt)}\t{m.Attempts} lần\t{m.LastError}");
        }

        await output.WriteLineAsync(status == OutboxStatus.DeadLetter ? $"{rows.Count} tin thất bại." : $"{rows.Count} tin chờ người nhận nhắn tin lần đầu cho bot.");
        return 0;
    }

    public static async Task<int> ResendAsync(Guid id, TextWriter output, Action<WebApplicationBuilder>? configure, CancellationToken ct)
    {
        await using var app = await VerbApp.OpenAsync(mayCreateStore: false, output, configure, ct);
        if (app is null)
        {
            return 1;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var done = await scope.ServiceProvider.GetRequiredService<IOutboxStore>().ResendAsync(id, clock.GetUtcNow(), ct);
        await output.WriteLineAsync(done ? $"Đã đưa tin {id} trở lại hàng đợi." : $"Tin {id} không có trong danh sách thất bại; xem danh sách bằng lệnh: outbox dead.");
        return done ? 0 : 1;
    }
}
