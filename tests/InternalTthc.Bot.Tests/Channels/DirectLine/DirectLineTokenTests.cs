using System.Net;
using System.Text;
using InternalTthc.Bot.Tests.Support;
using Microsoft.Extensions.Options;
using static InternalTthc.Bot.Tests.Support.DirectLineTestClient;

namespace InternalTthc.Bot.Tests.Channels.DirectLine;

/// <summary>Tokens carry one person and one conversation, expire on the clock, and refresh; anything else is refused.</summary>
public sealed class DirectLineTokenTests : DirectLineTest
{
    [Fact]
    public async Task Refreshing_gives_a_token_that_outlives_the_old_one()
    {
        var start = await DirectLine.StartAsync("lcu.daumoi");
        var (conversation, token) = (Text(start, "conversationId"), Text(start, "token"));

        Host.Clock.Advance(TimeSpan.FromMinutes(20));
        using var refresh = await DirectLine.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", token);
        var refreshed = await ReadAsync(refresh, HttpStatusCode.OK);
        Host.Clock.Advance(TimeSpan.FromMinutes(15));
        using var withOld = await DirectLine.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversation}/activities", token);
        using var refreshOld = await DirectLine.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", token);
        var withNew = await DirectLine.PollAsync(conversation, Text(refreshed, "token"));

        Assert.Equal((conversation, 1800), (Text(refreshed, "conversationId"), refreshed["expires_in"]!.GetValue<int>()));
        Assert.Equal((HttpStatusCode.Forbidden, "TokenExpired"), await ErrorOf(withOld));
        Assert.Equal((HttpStatusCode.Forbidden, "TokenExpired"), await ErrorOf(refreshOld));
        Assert.Equal("0", Text(withNew, "watermark"));
    }

    [Fact]
    public async Task A_token_opens_only_its_own_conversation_and_only_for_its_owner()
    {
        var mine = await DirectLine.StartAsync("lcu.daumoi");
        var theirs = await DirectLine.StartAsync("lcu.canbo");
        var (myConversation, myToken) = (Text(mine, "conversationId"), Text(mine, "token"));
        var theirConversation = Text(theirs, "conversationId");

        using var read = await DirectLine.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{theirConversation}/activities", myToken);
        using var post = await DirectLine.SendAsync(HttpMethod.Post, $"v3/directline/conversations/{theirConversation}/activities", myToken, Message("xem trộm", "x"));
        using var reconnect = await DirectLine.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{theirConversation}", myToken);
        using var generate = await DirectLine.SendAsync(HttpMethod.Post, "v3/directline/tokens/generate", null,
            new System.Text.Json.Nodes.JsonObject { ["conversationId"] = myConversation }, "lcu.canbo");

        Assert.Equal((HttpStatusCode.Forbidden, "Forbidden"), await ErrorOf(read));
        Assert.Equal((HttpStatusCode.Forbidden, "Forbidden"), await ErrorOf(post));
        Assert.Equal((HttpStatusCode.Forbidden, "Forbidden"), await ErrorOf(reconnect));
        Assert.Equal((HttpStatusCode.Forbidden, "Forbidden"), await ErrorOf(generate));
        Assert.Empty((await DirectLine.PollAsync(theirConversation, Text(theirs, "token")))["activities"]!.AsArray());
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("tampered")]
    [InlineData("other-secret")]
    [InlineData("stream-token")]
    public async Task A_missing_forged_or_misused_token_is_refused_with_401(string kind)
    {
        var start = await DirectLine.StartAsync("lcu.daumoi");
        var (conversation, token) = (Text(start, "conversationId"), Text(start, "token"));
        var streamUrl = Text(start, "streamUrl");
        var presented = kind switch
        {
            "missing" => null,
            "tampered" => Tamper(token),
            "other-secret" => await TokenFromAnotherDeploymentAsync(),
            _ => Uri.UnescapeDataString(streamUrl[(streamUrl.IndexOf("&t=", StringComparison.Ordinal) + 3)..]),
        };

        using var response = await DirectLine.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversation}/activities", presented);

        Assert.Equal((HttpStatusCode.Unauthorized, "Unauthorized"), await ErrorOf(response));
    }

    [Fact]
    public async Task Outside_development_a_missing_token_secret_stops_the_start_naming_the_setting()
    {
        var folder = ServiceTestHost.NewFolder();
        try
        {
            var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
                ServiceTestHost.StartAsync(folder, settings: new Dictionary<string, string?> { ["DirectLine:TokenSecret"] = "" }));
            Assert.Contains("DirectLine:TokenSecret is required outside Development", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            ServiceTestHost.DeleteFolder(folder);
        }
    }

    // Swaps the payload for one naming someone else; the signature no longer matches.
    private static string Tamper(string token)
    {
        var parts = token.Split('.');
        var payload = Encoding.UTF8.GetString(Convert.FromBase64String(Pad(parts[1].Replace('-', '+').Replace('_', '/'))))
            .Replace("lcu.daumoi", "lcu.lanhdao", StringComparison.Ordinal);
        return $"{parts[0]}.{Convert.ToBase64String(Encoding.UTF8.GetBytes(payload)).TrimEnd('=').Replace('+', '-').Replace('/', '_')}.{parts[2]}";
    }

    private static string Pad(string base64) => base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');

    private async Task<string> TokenFromAnotherDeploymentAsync()
    {
        var folder = ServiceTestHost.NewFolder();
        try
        {
            await using var other = await ServiceTestHost.StartAsync(folder, settings: new Dictionary<string, string?>
            {
                ["DirectLine:TokenSecret"] = "another-deployment-secret-0123456789abcdef",
            });
            return Text(await new DirectLineTestClient(other.Client).GenerateAsync("lcu.daumoi"), "token");
        }
        finally
        {
            ServiceTestHost.DeleteFolder(folder);
        }
    }
}
