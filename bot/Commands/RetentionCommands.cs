using System.CommandLine;
using InternalTthc.Bot.Hosting;
using InternalTthc.Core.Conversations;
using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Commands;

/// <summary>`retention purge`: forgets now what Retention:* says is kept no longer (the service also does it daily).</summary>
public static class RetentionCommands
{
    public static Command Create()
    {
        var purge = new Command("purge", "Xóa biểu mẫu chưa gửi, tin nhắn Web Chat và bản ghi chống gửi lặp quá thời hạn lưu giữ");
        purge.SetAction((_, ct) => PurgeAsync(Console.Out, null, ct));
        return new Command("retention", "Thời hạn lưu giữ dữ liệu") { purge };
    }

    public static Task<int> PurgeAsync(TextWriter output, Action<WebApplicationBuilder>? configure, CancellationToken ct) =>
        VerbRun.RunAsync(async (s, t) =>
        {
            var cutoffs = s.GetRequiredService<IOptions<RetentionOptions>>().Value.Before(s.GetRequiredService<TimeProvider>().GetUtcNow());
            return (true, (await s.GetRequiredService<IRetentionPurge>().PurgeAsync(cutoffs, t)).ToString());
        }, output, configure, ct);
}
