using System.Text.Json.Nodes;

namespace InternalTthc.Load;

/// <summary>
/// The simulated users: one person of the directory each (focal points of a Lai Châu demo unit, so each may file on his
/// own and his forms never meet another's), each with his own chat account and conversation.
/// </summary>
public static class LoadSenders
{
    public const string Unit = "lcu-demo-so-noi-vu";

    public static string Login(int sender) => $"load.{sender}";

    public static string Account(int sender) => $"load-user-{sender}";

    public static string Conversation(int sender) => $"load-conv-{sender}";

    /// <summary>The directory import file (the shape of bot/Demo/demo-directory.json) that creates and links them.</summary>
    public static async Task<string> WriteImportAsync(string folder, int senders)
    {
        var people = new JsonArray();
        for (var i = 0; i < senders; i++)
        {
            people.Add(new JsonObject
            {
                ["login"] = Login(i),
                ["fullName"] = $"Người thử tải {i} (demo)",
                ["unitCode"] = Unit,
                ["email"] = $"load.{i}@demo.invalid",
                ["roles"] = new JsonArray(new JsonObject { ["role"] = "focalPoint" }),
                ["accounts"] = new JsonArray(new JsonObject { ["channelId"] = ChannelStandIn.ChannelId, ["accountId"] = Account(i) }),
            });
        }

        var file = Path.Combine(folder, "load-senders.json");
        await File.WriteAllTextAsync(file, new JsonObject { ["units"] = new JsonArray(), ["people"] = people }.ToJsonString());
        return file;
    }
}
