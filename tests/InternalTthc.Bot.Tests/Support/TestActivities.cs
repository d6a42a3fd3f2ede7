using System.Text.Json.Nodes;

namespace InternalTthc.Bot.Tests.Support;

/// <summary>Inbound activities as channels send them, as JSON the tests can bend.</summary>
public static class TestActivities
{
    /// <summary>A Teams 1:1 message to the bot; <paramref name="serviceUrl"/> is the fake Connector.</summary>
    public static JsonObject TeamsMessage(string serviceUrl, string id = "1720000000001", string text = "xin chào") => new()
    {
        ["type"] = "message",
        ["id"] = id,
        ["timestamp"] = "2026-03-02T02:00:00.12Z",
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = "29:user-a", ["name"] = "Nguyễn Văn A", ["aadObjectId"] = "aad-user-a" },
        ["recipient"] = new JsonObject { ["id"] = $"28:{TestTokens.AppId}", ["name"] = "TTHC" },
        ["conversation"] = new JsonObject { ["id"] = "a:1on1-conversation", ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
        ["text"] = text,
        ["locale"] = "vi-VN",
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
    };

    /// <summary>An <c>Action.Execute</c> click as Teams sends it.</summary>
    public static JsonObject CardAction(string serviceUrl, string verb = "closeCase")
    {
        var activity = TeamsMessage(serviceUrl, id: "1720000000555");
        activity["type"] = "invoke";
        activity["name"] = "adaptiveCard/action";
        activity.Remove("text");
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = new JsonObject { ["caseId"] = "HS-1" } },
            ["trigger"] = "manual",
        };
        return activity;
    }
}
