using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using InternalTthc.Bot.Channels.Zalo;
using InternalTthc.Core.Notifications;
using InternalTthc.Core.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Bot.Tests.Channels.Zalo;

/// <summary>
/// The webhook keeps only what Zalo signed and sent lately: forged, stale and replayed events get 401, a body that is no
/// event 400, an unknown event or a redelivery 200 without processing, each with a log line — never a 5xx.
/// </summary>
public sealed class ZaloWebhookTests
{
    private const string User = "7001002003004005006";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_forged_signature_gets_401_a_log_line_and_is_not_kept()
    {
        await using var zalo = await ZaloService.StartAsync();
        var user = zalo.User(User);
        var e = user.Event("user_send_text", user.Message("xin chào"));
        var wrongKey = ZaloSignature.Sign(FakeZaloOa.AppId, Encoding.UTF8.GetBytes(e.ToJsonString()), e["timestamp"]!.GetValue<string>(), "not-the-oa-secret");

        Assert.Equal(HttpStatusCode.Unauthorized, (await user.SendAsync(e, wrongKey)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await user.SendAsync(e, "mac=" + new string('0', 64))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await user.PostAsync(Encoding.UTF8.GetBytes(e.ToJsonString()), null)).StatusCode);
        Assert.Equal(0, await KeptAsync(zalo));
        Assert.Contains(zalo.Host.Logs.Entries, l => l.Message.Contains("has no valid X-ZEvent-Signature", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_signature_is_taken_bare_or_with_mac_in_either_case()
    {
        await using var zalo = await ZaloService.StartAsync();
        var user = zalo.User(User);
        foreach (var form in new Func<string, string>[] { s => s, s => "mac=" + s, s => s.ToUpperInvariant() })
        {
            var e = user.Event("user_send_text", user.Message("xin chào"));
            var signature = ZaloSignature.Sign(FakeZaloOa.AppId, Encoding.UTF8.GetBytes(e.ToJsonString()), e["timestamp"]!.GetValue<string>(), FakeZaloOa.OaSecretKey);
            Assert.Equal(HttpStatusCode.OK, (await user.SendAsync(e, form(signature))).StatusCode);
        }

        Assert.Equal(3, await KeptAsync(zalo));
    }

    [Fact]
    public async Task The_signature_variant_is_chosen_by_configuration_and_detect_logs_the_one_that_matched()
    {
        await using var zalo = await ZaloService.StartAsync(new Dictionary<string, string?> { ["Zalo:Signature"] = "OaIdOaSecret" });
        var user = zalo.User(User);
        var e = user.Event("user_send_text", user.Message("xin chào"));
        var body = Encoding.UTF8.GetBytes(e.ToJsonString());
        var ts = e["timestamp"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.Unauthorized, (await user.PostAsync(body, ZaloSignature.Sign(FakeZaloOa.AppId, body, ts, FakeZaloOa.OaSecretKey))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await user.PostAsync(body, ZaloSignature.Sign(FakeZaloOa.OaId, body, ts, FakeZaloOa.OaSecretKey))).StatusCode);

        await using var detecting = await ZaloService.StartAsync(new Dictionary<string, string?> { ["Zalo:Signature"] = "Detect" });
        var other = detecting.User(User);
        var f = other.Event("user_send_text", other.Message("xin chào"));
        var fBody = Encoding.UTF8.GetBytes(f.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, (await other.PostAsync(fBody, ZaloSignature.Sign(FakeZaloOa.AppId, fBody, f["timestamp"]!.GetValue<string>(), FakeZaloOa.AppSecret))).StatusCode);
        Assert.Contains(detecting.Host.Logs.Entries, l => l.Message.Contains("matched the AppIdAppSecret variant", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_stale_event_gets_401_while_a_retry_hours_later_is_taken()
    {
        await using var zalo = await ZaloService.StartAsync();
        var user = zalo.User(User);
        var now = zalo.Host.Clock.GetUtcNow();

        var late = await user.SendAsync(user.Event("user_send_text", user.Message("gửi lại sau 5 giờ"), at: now.AddHours(-5)));
        var stale = await user.SendAsync(user.Event("user_send_text", user.Message("cũ"), at: now.AddDays(-2)));
        var future = await user.SendAsync(user.Event("user_send_text", user.Message("tương lai"), at: now.AddHours(1)));

        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, stale.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, future.StatusCode);
        Assert.Equal(1, await KeptAsync(zalo));
        Assert.Contains(zalo.Host.Logs.Entries, l => l.Message.Contains("outside the accepted window", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_retry_of_the_same_event_is_processed_once_and_a_replayed_id_with_other_content_gets_401()
    {
        await using var zalo = await ZaloService.StartAsync();
        var user = zalo.User(User);
        var e = user.Event("user_send_text", user.Message("xin chào", "a1b2c3d4e5f6a7b8c9d0"));

        Assert.Equal(HttpStatusCode.OK, (await user.SendAsync(e)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await user.SendAsync(e)).StatusCode);
        await zalo.DispatchAsync();
        Assert.Equal(HttpStatusCode.OK, (await user.SendAsync(e)).StatusCode); // after processing too
        var replay = user.Event("user_send_text", user.Message("chuyển tiền", "a1b2c3d4e5f6a7b8c9d0"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await user.SendAsync(replay)).StatusCode);
        await zalo.DispatchAsync();

        Assert.Equal(1, await KeptAsync(zalo));
        Assert.Contains("Tài khoản chưa được liên kết", Assert.Single(user.Received).Text); // one answer, for an account linked to nobody
        Assert.Contains(zalo.Host.Logs.Entries, l => l.Message.Contains("came again (a retry)", StringComparison.Ordinal));
        Assert.Contains(zalo.Host.Logs.Entries, l => l.Message.Contains("reuses the id of another event", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"event_name\":\"user_send_text\"}")]
    [InlineData("{\"event_name\":\"user_send_text\",\"timestamp\":\"soon\"}")]
    [InlineData("{\"event_name\":\"user_send_text\",\"timestamp\":\"99999999999999999999999\"}")]
    [InlineData("{\"event_name\":\"user_send_text\",\"timestamp\":\"1772416800000\",\"sender\":{\"id\":\"7001\\u0000x\"}}")]
    public async Task A_body_that_is_no_event_gets_400_never_a_5xx(string body)
    {
        await using var zalo = await ZaloService.StartAsync();
        var response = await zalo.User(User).PostAsync(Encoding.UTF8.GetBytes(body), new string('a', 64));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(zalo.Host.Logs.Entries, l => l.Message.Contains("is not a Zalo event", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Invalid_UTF8_an_oversized_body_and_an_empty_probe_never_get_a_5xx()
    {
        await using var zalo = await ZaloService.StartAsync();
        var user = zalo.User(User);

        Assert.Equal(HttpStatusCode.BadRequest, (await user.PostAsync([0x7B, 0x22, 0xC3, 0x28, 0x22, 0x7D], new string('a', 64))).StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await user.PostAsync(new byte[ZaloWebhookEndpoint.MaxBodyBytes + 1], null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await user.PostAsync([], null)).StatusCode);
        Assert.Equal(0, await KeptAsync(zalo));
    }

    [Fact]
    public async Task An_unknown_event_and_a_receipt_are_answered_200_and_ignored_with_a_log_line()
    {
        await using var zalo = await ZaloService.StartAsync();
        var user = zalo.User(User);

        Assert.Equal(HttpStatusCode.OK, (await user.SendAsync(user.Event("user_click_button", new JsonObject { ["message"] = new JsonObject { ["msg_id"] = "x1" } }))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await user.SendAsync(user.Event("user_seen_message", new JsonObject()))).StatusCode);
        await zalo.DispatchAsync();

        Assert.Empty(user.Received);
        Assert.Contains(zalo.Host.Logs.Entries, l => l.Message.Contains("event user_click_button is not one the bot handles", StringComparison.Ordinal));
    }

    private static async Task<int> KeptAsync(ZaloService zalo)
    {
        await using var scope = zalo.Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TthcDbContext>().OutboxMessages.CountAsync(m => m.Topic == ZaloInbox.Topic, Ct);
    }
}
