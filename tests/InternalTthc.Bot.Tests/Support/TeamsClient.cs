using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using InternalTthc.Core.Directory;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Bot.Tests.Support;

/// <summary>People writing to the service from Teams over a real socket, every request signed as the channel signs it.</summary>
public sealed class TeamsClient(ServiceTestHost host, FakeBotConnector connector, TestSigningKey key)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The 1:1 chat of a Teams account with the bot.</summary>
    public static string PersonalChat(string teamsId) => $"a:1on1-{teamsId}";

    /// <summary>The person writes to the bot in his 1:1 chat, and an administrator links that Teams account to him.</summary>
    public async Task JoinAsync(string login, string teamsId)
    {
        await SayAsync(teamsId, login, PersonalChat(teamsId), "personal", "xin chào");
        await using var scope = host.Services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<IDirectoryStore>();
        var person = await directory.FindPersonByLoginAsync(login, Ct);
        var account = (await directory.TouchChannelAccountAsync(new ChannelAccountSighting("msteams", teamsId, null, null, host.Clock.GetUtcNow()), Ct)).Account;
        await directory.LinkChannelAccountAsync(account.Id, person!.Id, Ct);
    }

    /// <param name="conversationType">personal, groupChat or channel.</param>
    public Task SayAsync(string teamsId, string name, string conversationId, string conversationType, string text) =>
        PostAsync(Activity(teamsId, name, conversationId, conversationType, TestActivities.TeamsMessage(connector.ServiceUrl, $"m-{Guid.NewGuid():N}", text)));

    /// <summary>A card's <c>Action.Submit</c> pressed in the 1:1 chat: a message whose value is the button's data, replying to the card's message.</summary>
    public Task PressAsync(string teamsId, string name, string messageId, JsonObject data)
    {
        var activity = Activity(teamsId, name, PersonalChat(teamsId), "personal", TestActivities.TeamsMessage(connector.ServiceUrl, $"m-{Guid.NewGuid():N}", ""));
        activity["value"] = data;
        activity["replyToId"] = messageId;
        return PostAsync(activity);
    }

    /// <summary>A Teams file sent in the 1:1 chat (its pre-authorized download link), with <paramref name="text"/>.</summary>
    public Task SendFileAsync(string teamsId, string name, string text, string fileName, string downloadUrl)
    {
        var activity = Activity(teamsId, name, PersonalChat(teamsId), "personal", TestActivities.TeamsMessage(connector.ServiceUrl, $"m-{Guid.NewGuid():N}", text));
        activity["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = "application/vnd.microsoft.teams.file.download.info", ["name"] = fileName,
            ["content"] = new JsonObject { ["downloadUrl"] = downloadUrl, ["uniqueId"] = Guid.NewGuid().ToString(), ["fileType"] = Path.GetExtension(fileName).TrimStart('.') },
        });
        return PostAsync(activity);
    }

    /// <summary>An <c>Action.Execute</c> pressed on the bot's message <paramref name="messageId"/>: the card Teams then shows the presser.</summary>
    public async Task<JsonObject> ExecuteAsync(string teamsId, string conversationId, string conversationType, string messageId, string verb, JsonObject data)
    {
        var activity = Activity(teamsId, teamsId, conversationId, conversationType, TestActivities.CardAction(connector.ServiceUrl, verb));
        activity["id"] = $"i-{Guid.NewGuid():N}";
        activity["replyToId"] = messageId;
        activity["value"]!["action"]!["data"] = data;
        var body = JsonNode.Parse(await PostAsync(activity))!;
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        return body["value"]!.AsObject();
    }

    /// <summary>Words typed after an @mention of the bot, with the mention entity Teams adds (in channels Teams sends only these).</summary>
    public Task MentionAsync(string teamsId, string conversationId, string conversationType, string words)
    {
        var activity = Activity(teamsId, teamsId, conversationId, conversationType, TestActivities.TeamsMessage(connector.ServiceUrl, $"m-{Guid.NewGuid():N}", $"<at>{BotName}</at> {words}"));
        activity["entities"] = new JsonArray(
            new JsonObject { ["type"] = "mention", ["text"] = $"<at>{BotName}</at>", ["mentioned"] = new JsonObject { ["id"] = $"28:{TestTokens.AppId}", ["name"] = BotName } },
            new JsonObject { ["type"] = "clientInfo", ["locale"] = "en-US", ["country"] = "US", ["platform"] = "Web" });
        return PostAsync(activity);
    }

    public const string BotName = "Trợ lý TTHC";

    /// <summary>Any activity from <paramref name="teamsId"/> in the conversation, signed; the HTTP answer's body.</summary>
    public Task<string> SendAsync(string teamsId, string conversationId, string conversationType, JsonObject activity) =>
        PostAsync(Activity(teamsId, teamsId, conversationId, conversationType, activity));

    private static JsonObject Activity(string teamsId, string name, string conversationId, string conversationType, JsonObject activity)
    {
        activity["from"] = new JsonObject { ["id"] = teamsId, ["name"] = name, ["aadObjectId"] = $"aad-{teamsId}" };
        activity["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = conversationType, ["tenantId"] = "tenant-1", ["isGroup"] = conversationType != "personal" };
        return activity;
    }

    public async Task<string> PostAsync(JsonObject activity)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages") { Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new("Bearer", TestTokens.Channel(key, host.Clock.GetUtcNow(), connector.ServiceUrl));
        using var response = await host.Client.SendAsync(request, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected 200, got {response.StatusCode}: {body}");
        return body;
    }
}
