using System.Globalization;
using System.Net;
using InternalTthc.Bot.Channels.BotFramework.Connector;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Bot.Tests.Channels.BotFramework.Connector;

/// <summary>The Connector client as the host wires it, against the fake Connector; waits are read off the fake clock.</summary>
public sealed class ConnectorClientTests : ProtocolTest
{
    private const string Conversation = "a:1on1-conversation";
    private static readonly Activity Notice = new() { Type = ActivityTypes.Message, Text = "Hồ sơ HS-1 đã có kết quả" };

    private IConnectorClient Client => Host.Services.GetRequiredService<IConnectorClient>();

    // The wall-clock guard only turns a hang (a wait nobody advances) into a failure; it times nothing.
    private Task<ResourceResponse> SendAsync() =>
        Client.SendToConversationAsync(Connector.ServiceUrl, Conversation, Notice, TestContext.Current.CancellationToken)
            .WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

    [Fact]
    public async Task A_429_is_retried_after_the_seconds_retry_after_asks_for()
    {
        Connector.FailNext(new CannedResponse(429, RetryAfter: "7"));

        var sending = SendAsync();
        var delay = await Clock.NextTimerAsync();

        Assert.Equal(TimeSpan.FromSeconds(7), delay);
        Assert.False(sending.IsCompleted);
        Assert.Single(Connector.Requests);
        Clock.Advance(TimeSpan.FromSeconds(7));
        Assert.Equal("sent-1", (await sending).Id);
        Assert.Equal(2, Connector.Requests.Count);
        Assert.All(Connector.Requests, r => Assert.Equal("Hồ sơ HS-1 đã có kết quả", r.Json["text"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_429_is_retried_at_the_http_date_retry_after_names()
    {
        var at = Clock.GetUtcNow().AddSeconds(30).ToString("R", CultureInfo.InvariantCulture);
        Connector.FailNext(new CannedResponse(429, RetryAfter: at));

        var sending = SendAsync();

        Assert.Equal(TimeSpan.FromSeconds(30), await Clock.NextTimerAsync());
        Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal("sent-1", (await sending).Id);
    }

    [Fact]
    public async Task A_retry_after_longer_than_the_client_waits_is_surfaced_with_the_wait()
    {
        Connector.FailNext(new CannedResponse(429, RetryAfter: "600"));

        var error = await Assert.ThrowsAsync<ConnectorException>(SendAsync);

        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(600), error.RetryAfter);
        Assert.Single(Connector.Requests);
        Assert.True(Clock.NoTimerScheduled);
    }

    [Fact]
    public async Task A_500_is_retried_after_a_jittered_back_off_and_then_succeeds()
    {
        Connector.FailNext(new CannedResponse(500));

        var sending = SendAsync();
        var delay = await Clock.NextTimerAsync();

        Assert.InRange(delay, TimeSpan.FromSeconds(0.8), TimeSpan.FromSeconds(1.2));
        Clock.Advance(delay);
        Assert.Equal("sent-1", (await sending).Id);
        Assert.Equal(2, Connector.Requests.Count);
    }

    [Fact]
    public async Task Server_errors_back_off_exponentially_and_give_up_after_the_last_retry()
    {
        for (var i = 0; i < 4; i++)
        {
            Connector.FailNext(new CannedResponse(503, """{"error":{"code":"ServiceError","message":"busy"}}"""));
        }

        var sending = SendAsync();
        for (var retry = 0; retry < 3; retry++)
        {
            var delay = await Clock.NextTimerAsync();
            Assert.InRange(delay, TimeSpan.FromSeconds(0.8 * Math.Pow(2, retry)), TimeSpan.FromSeconds(1.2 * Math.Pow(2, retry)));
            Clock.Advance(delay);
        }

        var error = await Assert.ThrowsAsync<ConnectorException>(() => sending);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal("ServiceError", error.ErrorCode);
        Assert.Equal(4, Connector.Requests.Count);
    }

    [Theory]
    [InlineData(400, "BadSyntax")]
    [InlineData(404, "ConversationNotFound")]
    [InlineData(413, "MessageSizeTooBig")]
    public async Task A_client_error_is_not_retried(int status, string code)
    {
        Connector.FailNext(new CannedResponse(status, $$$"""{"error":{"code":"{{{code}}}","message":"refused"}}"""));

        var error = await Assert.ThrowsAsync<ConnectorException>(SendAsync);

        Assert.IsNotType<ConversationBlockedException>(error);
        Assert.Equal(status, (int)error.StatusCode);
        Assert.Equal(code, error.ErrorCode);
        Assert.Contains("refused", error.Message, StringComparison.Ordinal);
        Assert.Single(Connector.Requests);
        Assert.True(Clock.NoTimerScheduled);
    }

    [Theory]
    [InlineData("""{"errorCode":209,"message":"{\"subCode\":\"MessageWritesBlocked\",\"details\":\"Thread is blocked\"}"}""", "MessageWritesBlocked")]
    [InlineData("""{"error":{"code":"ConversationBlockedByUser","message":"User blocked the conversation with the bot."}}""", "ConversationBlockedByUser")]
    [InlineData("""{"error":{"code":"BotNotInConversationRoster","message":"The bot is not part of the conversation roster."}}""", "BotNotInConversationRoster")]
    public async Task A_403_because_the_person_blocked_the_bot_is_surfaced_as_blocked(string body, string reason)
    {
        Connector.FailNext(new CannedResponse(403, body));

        var error = await Assert.ThrowsAsync<ConversationBlockedException>(SendAsync);

        Assert.Equal(reason, error.Reason);
        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Single(Connector.Requests);
    }

    [Fact]
    public async Task Another_403_is_an_ordinary_failure()
    {
        Connector.FailNext(new CannedResponse(403, """{"error":{"code":"Forbidden","message":"not allowed"}}"""));

        var error = await Assert.ThrowsAsync<ConnectorException>(SendAsync);

        Assert.IsNotType<ConversationBlockedException>(error);
        Assert.Equal("Forbidden", error.ErrorCode);
    }
}
