using System.Net;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Channels.DirectLine;
using InternalTthc.Bot.Channels.DirectLine.Conversations;
using InternalTthc.Bot.Tests.Support;
using InternalTthc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static InternalTthc.Bot.Tests.Support.DirectLineTestClient;

namespace InternalTthc.Bot.Tests.Channels.DirectLine;

/// <summary>The WebSocket of a streamUrl: replay, the bot's answers, another instance's appends and updates.</summary>
public sealed class DirectLineStreamTests : DirectLineTest
{
    [Fact]
    public async Task The_stream_replays_the_echo_and_delivers_the_bots_answer()
    {
        var start = await DirectLine.StartAsync("lcu.daumoi");
        var (conversation, token) = (Text(start, "conversationId"), Text(start, "token"));
        await using var stream = await StreamSocket.ConnectAsync(Text(start, "streamUrl"));

        var id = await DirectLine.PostMessageAsync(conversation, token, "xin chào", "client-7");
        var echo = await stream.NextActivityAsync(a => Text(a, "id") == id);
        var answer = await stream.NextActivityAsync(a => a["from"]!["role"]!.GetValue<string>() == "bot");

        Assert.Equal("client-7", echo["channelData"]!["clientActivityID"]!.GetValue<string>());
        Assert.Equal(("xin chào", id), (Text(answer, "text"), Text(answer, "replyToId")));
    }

    [Fact]
    public async Task A_stream_delivers_what_another_instance_appended_when_its_poll_interval_passes()
    {
        var start = await DirectLine.StartAsync("lcu.daumoi");
        var (conversation, token) = (Text(start, "conversationId"), Text(start, "token"));
        await using var other = await ServiceTestHost.StartAsync(Folder, clock: new FakeClock(), bot: new RecordingBot());
        await using var stream = await StreamSocket.ConnectAsync(Text(start, "streamUrl"));
        var interval = Host.Services.GetRequiredService<IOptions<DirectLineOptions>>().Value.StreamPollInterval;

        // The pump has nothing to send and waits on its poll timer; only then does the other instance append.
        Assert.Equal(interval, await Host.Clock.NextTimerAsync());
        var id = await new DirectLineTestClient(other.Client).PostMessageAsync(conversation, token, "từ phiên bản khác", "client-9");
        Host.Clock.Advance(interval);
        var frame = await stream.NextFrameAsync();

        Assert.Equal([id, $"{conversation}|0000002"], frame["activities"]!.AsArray().Select(a => Text(a, "id")));
        Assert.Equal("2", Text(frame, "watermark"));
    }

    [Fact]
    public async Task An_update_from_another_instance_is_resent_to_the_stream_and_to_polling_clients_and_typing_is_pushed_only()
    {
        var start = await DirectLine.StartAsync("lcu.daumoi");
        var (conversation, token) = (Text(start, "conversationId"), Text(start, "token"));
        await DirectLine.PostMessageAsync(conversation, token, "bản cũ", "client-1");
        await using var other = await ServiceTestHost.StartAsync(Folder, clock: new FakeClock(), bot: new RecordingBot());
        await using var stream = await StreamSocket.ConnectAsync(Text(start, "streamUrl"));
        await stream.NextFrameAsync();
        var interval = Host.Services.GetRequiredService<IOptions<DirectLineOptions>>().Value.StreamPollInterval;

        // The pump has sent the conversation and waits on its poll timer; only then does the other instance update the answer.
        Assert.Equal(interval, await Host.Clock.NextTimerAsync());
        var answerId = $"{conversation}|0000002";
        await using (var scope = other.Services.CreateAsyncScope())
        {
            var sender = scope.ServiceProvider.GetRequiredService<DirectLineChannelSender>();
            await sender.UpdateAsync(new Activity
            {
                Type = ActivityTypes.Message, Id = answerId, Text = "bản mới", Conversation = new ConversationAccount { Id = conversation },
            }, Ct);
        }

        Host.Clock.Advance(interval);
        var pushed = await stream.NextActivityAsync(a => Text(a, "id") == answerId);
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DirectLineChannelSender>().SendAsync(
                new Activity { Type = ActivityTypes.Typing, Conversation = new ConversationAccount { Id = conversation } }, Ct);
        }

        var typing = await stream.NextActivityAsync(a => Text(a, "type") == "typing");
        Assert.Equal("bản mới", Text(pushed, "text"));
        Assert.Null(typing["id"]);
        // A client that had read the answer gets it again, under its id; one that had not reads it once, as it now stands.
        var resent = (await DirectLine.PollAsync(conversation, token, "2"))["activities"]!.AsArray();
        Assert.Equal([(answerId, "bản mới")], resent.Select(a => (Text(a, "id"), Text(a, "text"))));
        var served = await DirectLine.PollAsync(conversation, token, "1");
        Assert.Equal(["bản mới"], served["activities"]!.AsArray().Select(a => Text(a, "text")));
    }

    [Fact]
    public async Task An_activity_the_bot_deletes_becomes_a_tombstone_at_its_place()
    {
        var start = await DirectLine.StartAsync("lcu.daumoi");
        var (conversation, token) = (Text(start, "conversationId"), Text(start, "token"));
        await DirectLine.PostMessageAsync(conversation, token, "sẽ bị xoá", "client-1");

        var answerId = $"{conversation}|0000002";
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var reference = new ConversationReference { ChannelId = ChannelIds.Directline, Conversation = new ConversationAccount { Id = conversation } };
            await scope.ServiceProvider.GetRequiredService<DirectLineChannelSender>().DeleteAsync(reference, answerId, Ct);
        }

        var served = (await DirectLine.PollAsync(conversation, token, "1"))["activities"]!.AsArray().Single()!;
        Assert.Equal((answerId, "messageDelete"), (Text(served, "id"), Text(served, "type")));
        Assert.Null(served["text"]);
    }

    [Fact]
    public async Task The_stream_refuses_an_api_token_and_a_plain_request()
    {
        var start = await DirectLine.StartAsync("lcu.daumoi");
        var streamUrl = Text(start, "streamUrl");
        var apiTokenUrl = streamUrl[..(streamUrl.IndexOf("&t=", StringComparison.Ordinal) + 3)] + Text(start, "token");

        var refused = await Assert.ThrowsAnyAsync<System.Net.WebSockets.WebSocketException>(() => StreamSocket.ConnectAsync(apiTokenUrl));
        using var plain = await Host.Client.GetAsync(new Uri(streamUrl.Replace("ws://", "http://", StringComparison.Ordinal)), Ct);

        Assert.Contains("401", refused.Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, plain.StatusCode);
    }
}
