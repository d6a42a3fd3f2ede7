using System.Text.Json;
using System.Text.Json.Nodes;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Tests.Support;

namespace InternalTthc.Bot.Tests.Handoff;

/// <summary>What the bot sent to Teams through the fake connector, read as activities: cards, texts, the buttons' data.</summary>
public static class HandoffTeams
{
    /// <summary>Every message the bot sent to (or updated in) one Teams conversation, in order, with the id the fake gave it.</summary>
    public static IReadOnlyList<(string Method, string? Id, Activity Activity)> To(FakeBotConnector connector, string conversationId) =>
        [.. connector.Requests.Where(r => r.Path.Contains(Uri.EscapeDataString(conversationId), StringComparison.Ordinal) || r.Path.Contains(conversationId, StringComparison.Ordinal))
            .Where(r => r.Method is "POST" or "PUT" && r.Body.Length > 0)
            .Select(r => (r.Method, r.AnsweredId, JsonSerializer.Deserialize<Activity>(r.Body, BotJson.Options)!))
            .Where(x => x.Item3.Type == ActivityTypes.Message)];

    public static string Words(IEnumerable<(string Method, string? Id, Activity Activity)> sent) => string.Join("\n", sent.Select(s => ChatDriver.Text(s.Activity)));

    /// <summary>The data of the button titled <paramref name="title"/> on the latest message that has it, and that message's id.</summary>
    public static (string MessageId, JsonObject Data) Button(IReadOnlyList<(string Method, string? Id, Activity Activity)> sent, string title)
    {
        foreach (var (_, id, activity) in sent.Reverse())
        {
            foreach (var card in (activity.Attachments ?? []).Where(a => a.Content is not null))
            {
                if (Find(card.Content!.DeepClone(), title) is { } data) return (id!, data);
            }
        }

        throw new InvalidOperationException($"No button \"{title}\" in: {Words(sent)}");
    }

    private static JsonObject? Find(JsonNode node, string title) => node switch
    {
        JsonObject o when o["title"]?.GetValue<string>() == title && o["data"] is JsonObject data => data.DeepClone().AsObject(),
        JsonObject o => o.Select(p => p.Value is null ? null : Find(p.Value, title)).FirstOrDefault(d => d is not null),
        JsonArray a => a.Select(x => x is null ? null : Find(x, title)).FirstOrDefault(d => d is not null),
        _ => null,
    };
}
