using System.Net;
using InternalTthc.Bot.Tests.Support;
using static InternalTthc.Bot.Tests.Support.DirectLineTestClient;

namespace InternalTthc.Bot.Tests.Channels.DirectLine;

/// <summary>Start, post, poll and reconnect as DirectLineJS and Web Chat use them, against the real service (EchoBot).</summary>
public sealed class DirectLineConversationTests : DirectLineTest
{
    [Fact]
    public async Task A_posted_message_is_echoed_with_its_client_id_and_answered_after_the_watermark()
    {
        var start = await DirectLine.StartAsync("lcu.daumoi");
        var (conversation, token) = (DirectLineTestClient.Text(start, "conversationId"), DirectLineTestClient.Text(start, "token"));

        var id = await DirectLine.PostMessageAsync(conversation, token, "xin chào", "client-1");
        var all = await DirectLine.PollAsync(conversation, token);
        var afterEcho = await DirectLine.PollAsync(conversation, token, "1");
        var nothingNew = await DirectLine.PollAsync(conversation, token, "2");

        Assert.Equal($"{conversation}|0000001", id);
        Assert.Equal(1800, start["expires_in"]!.GetValue<int>());
        Assert.StartsWith($"ws://127.0.0.1:{Host.Address.Port}/v3/directline/conversations/{conversation}/stream?watermark=&t=", DirectLineTestClient.Text(start, "streamUrl"));
        var activities = all["activities"]!.AsArray();
        Assert.Equal("2", DirectLineTestClient.Text(all, "watermark"));
        Assert.Equal(2, activities.Count);
        var echo = activities[0]!;
        Assert.Equal((id, "client-1", "lcu.daumoi", "user"), (DirectLineTestClient.Text(echo, "id"), echo["channelData"]!["clientActivityID"]!.GetValue<string>(),
            echo["from"]!["id"]!.GetValue<string>(), echo["from"]!["role"]!.GetValue<string>()));
        Assert.Equal(("directline", Host.Address.ToString(), "Nguyễn Thị Hoa (demo)"),
            (DirectLineTestClient.Text(echo, "channelId"), DirectLineTestClient.Text(echo, "serviceUrl"), echo["from"]!["name"]!.GetValue<string>()));
        var answer = activities[1]!;
        Assert.Equal(($"{conversation}|0000002", "xin chào", id, "bot"), (DirectLineTestClient.Text(answer, "id"), DirectLineTestClient.Text(answer, "text"),
            DirectLineTestClient.Text(answer, "replyToId"), answer["from"]!["role"]!.GetValue<string>()));
        Assert.Equal([$"{conversation}|0000002"], afterEcho["activities"]!.AsArray().Select(a => DirectLineTestClient.Text(a, "id")));
        Assert.Equal(("2", 0), (DirectLineTestClient.Text(nothingNew, "watermark"), nothingNew["activities"]!.AsArray().Count));
    }

    [Fact]
    public async Task The_bot_is_told_of_the_start_once_and_sees_activities_addressed_by_the_server()
    {
        var start = await DirectLine.StartAsync("lcu.daumoi");
        var (conversation, token) = (Text(start, "conversationId"), Text(start, "token"));
        using var again = await DirectLine.SendAsync(HttpMethod.Post, "v3/directline/conversations", token);
        await DirectLine.PostMessageAsync(conversation, token, "xin chào", "client-1");

        var seen = Bot.Turns.Select(turn => turn.Activity).ToArray();
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(["conversationUpdate", "message"], seen.Select(a => a.Type));
        Assert.Equal(["lcu.daumoi", "internaltthc-bot"], seen[0].MembersAdded!.Select(m => m.Id));
        Assert.Equal("vi-VN", seen[0].Locale);
        var message = seen[1];
        Assert.Equal(("lcu.daumoi", "Nguyễn Thị Hoa (demo)", "directline", Host.Address.ToString(), conversation, "internaltthc-bot", $"{conversation}|0000001"),
            (message.From!.Id, message.From.Name, message.ChannelId, message.ServiceUrl, message.Conversation!.Id, message.Recipient!.Id, message.Id));
    }

    [Fact]
    public async Task When_the_bot_fails_the_post_is_answered_502_and_the_echo_stays()
    {
        var start = await DirectLine.StartAsync("lcu.daumoi");
        var (conversation, token) = (Text(start, "conversationId"), Text(start, "token"));

        using var post = await DirectLine.SendAsync(HttpMethod.Post, $"v3/directline/conversations/{conversation}/activities", token, DirectLineTestClient.Message("fail", "client-f"));
        var stored = await DirectLine.PollAsync(conversation, token);

        Assert.Equal((HttpStatusCode.BadGateway, "BotRejectedActivity"), await DirectLineTestClient.ErrorOf(post));
        Assert.Equal(["fail"], stored["activities"]!.AsArray().Select(a => Text(a, "text")));
    }

    [Fact]
    public async Task Starting_again_with_the_same_token_answers_200_and_a_bad_watermark_is_refused()
    {
        var generated = await DirectLine.GenerateAsync("lcu.daumoi");
        var token = DirectLineTestClient.Text(generated, "token");
        using var first = await DirectLine.SendAsync(HttpMethod.Post, "v3/directline/conversations", token);
        using var second = await DirectLine.SendAsync(HttpMethod.Post, "v3/directline/conversations", token);
        using var badWatermark = await DirectLine.SendAsync(HttpMethod.Get,
            $"v3/directline/conversations/{DirectLineTestClient.Text(generated, "conversationId")}/activities?watermark=abc", token);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.Equal((HttpStatusCode.BadRequest, "BadArgument"), await DirectLineTestClient.ErrorOf(badWatermark));
    }

    [Fact]
    public async Task After_a_restart_the_new_instance_reconnects_the_conversation_and_serves_its_history()
    {
        var start = await DirectLine.StartAsync("lcu.daumoi");
        var (conversation, token) = (DirectLineTestClient.Text(start, "conversationId"), DirectLineTestClient.Text(start, "token"));
        await DirectLine.PostMessageAsync(conversation, token, "trước khi khởi động lại", "c-1");

        await RestartAsync();
        using var reconnect = await DirectLine.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversation}?watermark=1", token);
        var reconnected = await DirectLineTestClient.ReadAsync(reconnect, HttpStatusCode.OK);
        var history = await DirectLine.PollAsync(conversation, DirectLineTestClient.Text(reconnected, "token"));
        var resumed = await DirectLine.GenerateAsync("lcu.daumoi", conversation);

        Assert.Equal(conversation, DirectLineTestClient.Text(reconnected, "conversationId"));
        Assert.Contains("stream?watermark=1&t=", DirectLineTestClient.Text(reconnected, "streamUrl"), StringComparison.Ordinal);
        Assert.Equal(["trước khi khởi động lại", "trước khi khởi động lại"], history["activities"]!.AsArray().Select(a => DirectLineTestClient.Text(a, "text")));
        Assert.Equal(conversation, DirectLineTestClient.Text(resumed, "conversationId"));
    }

    [Fact]
    public async Task Neither_tokens_nor_message_text_are_logged_at_information_or_above()
    {
        var start = await DirectLine.StartAsync("lcu.daumoi");
        var (conversation, token) = (DirectLineTestClient.Text(start, "conversationId"), DirectLineTestClient.Text(start, "token"));
        await DirectLine.PostMessageAsync(conversation, token, "CCCD của tôi là 001099012345", "c-1");
        using var forged = await DirectLine.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversation}/activities", token[..^4] + "AAAA");

        var visible = Host.Logs.Entries.Where(e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Information).Select(e => e.Message).ToArray();
        Assert.Contains(visible, message => message.Contains("Direct Line message activity", StringComparison.Ordinal));
        Assert.DoesNotContain(visible, message => message.Contains("001099012345", StringComparison.Ordinal)
            || message.Contains(token[..40], StringComparison.Ordinal) || message.Contains(token[^20..], StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
    }
}
