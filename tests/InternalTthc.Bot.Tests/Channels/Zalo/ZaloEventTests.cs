using InternalTthc.Bot.Tests.Support;
using InternalTthc.Core.Directory;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Bot.Tests.Channels.Zalo;

/// <summary>
/// The events besides typed text: a follow greets, an unfollow stops what would go to him on Zalo, a sticker is answered
/// with what the bot reads; Zalo's call-rate error (-32) delays a message, never loses it.
/// </summary>
public sealed class ZaloEventTests
{
    private const string Ngoc = "7001002003004005006";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_follow_is_greeted_and_after_an_unfollow_a_notification_is_not_sent_on_Zalo()
    {
        await using var zalo = await ZaloService.StartAsync();
        var desk = new CaseDesk(zalo.Host.Services);
        await desk.LinkAsync("zalo", Ngoc, "cto.daumoi");
        var user = zalo.User(Ngoc);

        await zalo.TurnAsync(() => user.FollowAsync());
        Assert.Contains("Lâm Thị Ngọc", user.TextSince(0));

        await zalo.TurnAsync(() => user.UnfollowAsync());
        var person = await desk.PersonIdAsync("cto.daumoi");
        await using (var scope = zalo.Host.Services.CreateAsyncScope())
        {
            var accounts = await scope.ServiceProvider.GetRequiredService<IDirectoryStore>().ListChannelAccountsAsync([person], "zalo", Ct);
            Assert.NotNull(Assert.Single(accounts).BlockedAt);
        }

        var seen = user.Received.Count;
        var code = await desk.FileAsync("cto.daumoi", "cto-mailbox-password");
        await zalo.ActAsync(async s => await s.ReceiveAsync((await desk.FindAsync(code)).Id, await desk.PersonIdAsync("cto.cntt"), Ct));
        await zalo.DispatchAsync();
        Assert.Equal(seen, user.Received.Count);
    }

    [Fact]
    public async Task A_sticker_is_answered_with_what_the_bot_reads()
    {
        await using var zalo = await ZaloService.StartAsync();
        await new CaseDesk(zalo.Host.Services).LinkAsync("zalo", Ngoc, "cto.daumoi");
        var user = zalo.User(Ngoc);

        await zalo.TurnAsync(() => user.AcceptedAsync(user.Event("user_send_sticker", new System.Text.Json.Nodes.JsonObject
        {
            ["message"] = new System.Text.Json.Nodes.JsonObject { ["msg_id"] = "sticker1" },
        })));

        Assert.Contains("Trợ lý chỉ đọc được chữ, ảnh và tệp", user.LastText);
    }

    [Fact]
    public async Task A_message_Zalo_refuses_for_the_call_rate_is_sent_after_the_back_off()
    {
        await using var zalo = await ZaloService.StartAsync();
        await new CaseDesk(zalo.Host.Services).LinkAsync("zalo", Ngoc, "cto.daumoi");
        var user = zalo.User(Ngoc);

        zalo.Oa.FailNext(-32);
        await zalo.TurnAsync(() => user.SayAsync("xin chào"));
        Assert.Empty(user.Received);

        zalo.Host.Clock.Advance(TimeSpan.FromMinutes(1));
        await zalo.DispatchAsync();
        Assert.Contains("Xin chào Lâm Thị Ngọc (demo)!", user.TextSince(0));
    }
}
