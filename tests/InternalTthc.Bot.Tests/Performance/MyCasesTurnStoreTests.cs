using InternalTthc.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Bot.Tests.Performance;

/// <summary>
/// What "hồ sơ của tôi" costs the store (issue 14): a page's reads do not grow with its rows, so a row that starts to look
/// something up of its own (a name, its timeline, its files) shows here.
/// </summary>
public sealed class MyCasesTurnStoreTests
{
    [Fact]
    public async Task A_page_of_twenty_cases_runs_the_commands_of_a_page_of_three()
    {
        var log = new StoreCommandLog();
        var folder = ServiceTestHost.NewFolder();
        try
        {
            await using var host = await ServiceTestHost.StartAsync(folder, services: s => s.AddSingleton<IInterceptor>(log));
            var desk = new CaseDesk(host.Services);
            var focal = new ChatDriver(host.Services, "lcu.daumoi");
            await focal.SayAsync("hồ sơ của tôi"); // the conversation's first turn links its account: not a list's cost
            var codes = new List<string>();
            for (var i = 0; i < 3; i++) codes.Add(await desk.FileAsync("lcu.daumoi", "lcu-mailbox-grant"));
            var three = await ListAsync(focal, log);
            Assert.All(codes, c => Assert.Contains($"Xem {c}", focal.LastText, StringComparison.Ordinal));

            for (var i = 0; i < 20; i++) codes.Add(await desk.FileAsync("lcu.daumoi", "lcu-mailbox-grant"));
            var twenty = await ListAsync(focal, log);
            Assert.Contains("Hồ sơ 1–20 trong 23.", focal.LastText, StringComparison.Ordinal);
            Assert.Equal(20, codes.Count(c => focal.LastText.Contains($"Xem {c}", StringComparison.Ordinal)));

            Assert.True(three.Count == twenty.Count, $"3 rows:\n{string.Join("\n", three)}\n20 rows:\n{string.Join("\n", twenty)}");
        }
        finally
        {
            ServiceTestHost.DeleteFolder(folder);
        }
    }

    /// <summary>The commands of one "hồ sơ của tôi", each cut to its first 90 characters.</summary>
    private static async Task<IReadOnlyList<string>> ListAsync(ChatDriver chat, StoreCommandLog log)
    {
        log.Take();
        await chat.SayAsync("hồ sơ của tôi");
        return [.. log.Take().Select(c => c.Length > 90 ? c[..90] : c)];
    }
}
