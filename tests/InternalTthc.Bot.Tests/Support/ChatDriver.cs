using System.Text.Json;
using System.Text.Json.Nodes;
using InternalTthc.Bot.Channels;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Channels.BotFramework.Turns;
using InternalTthc.Bot.Channels.DirectLine.Conversations;
using InternalTthc.Bot.Channels.Terminal;
using InternalTthc.Bot.Conversations;
using InternalTthc.Core.Conversations;
using InternalTthc.Core.Files;
using Microsoft.Extensions.DependencyInjection;

namespace InternalTthc.Bot.Tests.Support;

/// <summary>
/// A person chatting through the real turn pipeline (turn runner, bot, store, calendar): types
/// text or presses card buttons with inputs, and reads what came back.
/// </summary>
public sealed class ChatDriver(IServiceProvider services, string login, string channelId = "directline")
{
    private readonly RecordingSender _sender = new();
    private int _next;
    private long _noticesRead;
    private bool _opened;

    public IReadOnlyList<Activity> Sent => _sender.Sent;

    /// <summary>Every Adaptive Card the bot sent (updated ones as they now stand).</summary>
    public IEnumerable<JsonElement> Cards => Sent.SelectMany(a => a.Attachments ?? []).Where(a => a.Content is not null).Select(Card);

    /// <summary>An attachment's content as the channel reads it off the wire.</summary>
    public static JsonElement Card(Attachment attachment) => JsonSerializer.SerializeToElement(attachment.Content, BotJson.Options);

    public JsonElement LastCard => Cards.Last();

    /// <summary>Types a message; on the terminal a number or a choice's words answer the choices offered, as its client does.</summary>
    public Task SayAsync(string text, IReadOnlyList<Attachment>? files = null)
    {
        var offered = channelId == TerminalChat.ChannelId && Sent.Count > 0 ? Sent[^1].SuggestedActions?.Actions ?? [] : [];
        var choice = TextChoices.Choose(offered, text);
        return TurnAsync(Message() with { Text = choice?.Title ?? text, Value = choice?.Value, Attachments = files });
    }

    public Task JoinAsync() => TurnAsync(Message() with
    {
        Type = ActivityTypes.ConversationUpdate, Id = null, MembersAdded = [new ChannelAccount { Id = login }],
    });

    /// <summary>Presses the button titled <paramref name="title"/> on the latest card that has it, with typed inputs.</summary>
    public Task PressAsync(string title, IReadOnlyDictionary<string, string>? inputs = null)
    {
        var (activity, data) = Sent.Select(a => (a, Find(a, title))).LastOrDefault(x => x.Item2 is not null);
        if (data is null) throw new InvalidOperationException($"No button \"{title}\" in: {string.Join(" | ", Sent.Select(Text))}");

        // Like Web Chat and Teams, a submit carries every input of the card with its current value.
        foreach (var card in (activity.Attachments ?? []).Where(a => a.Content is not null))
        {
            foreach (var (id, value) in CardJson.Inputs(card.Content!.DeepClone())) data[id] = value;
        }

        foreach (var (key, value) in inputs ?? new Dictionary<string, string>()) data[key] = value;
        return TurnAsync(Message() with { Value = JsonSerializer.SerializeToElement(data), ReplyToId = activity.Id });
    }

    /// <summary>Presses the button titled <paramref name="title"/> of a message the service sent on its own (a reminder's "Tiếp tục điền").</summary>
    public Task PressOnAsync(Activity notice, string title) =>
        Find(notice, title) is { } data
            ? TurnAsync(Message() with { Value = JsonSerializer.SerializeToElement(data), ReplyToId = notice.Id })
            : throw new InvalidOperationException($"No button \"{title}\" in: {Text(notice)}");

    /// <summary>Answers "bỏ qua" to every optional question asked one at a time, until something else is asked.</summary>
    public async Task SkipOptionalQuestionsAsync()
    {
        while (LastText.Contains("(không bắt buộc", StringComparison.Ordinal))
        {
            await SayAsync("bỏ qua");
        }
    }

    /// <summary>Stores a file as this conversation's Web Chat upload would, and returns the attachment a message carries.</summary>
    public async Task<Attachment> UploadAsync(string name, string contentType, byte[] content)
    {
        await using var scope = services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<IFileStore>().SaveAsync(
            $"conv-{login}", name, contentType, new MemoryStream(content), 10_000_000, TestContext.Current.CancellationToken);
        return new Attachment { ContentType = contentType, Name = name, ContentUrl = $"http://localhost/v3/directline/conversations/conv-{login}/attachments/{stored.Id}" };
    }

    /// <summary>The data the button titled <paramref name="title"/> would send.</summary>
    public JsonObject Data(string title) =>
        Sent.Select(a => Find(a, title)).LastOrDefault(d => d is not null) ?? throw new InvalidOperationException($"No button \"{title}\".");

    /// <summary>Sends a card value as a crafted client could, with no card behind it.</summary>
    public Task SubmitAsync(JsonObject value) => TurnAsync(Message() with { Value = JsonSerializer.SerializeToElement(value) });

    /// <summary>All the words of an activity: its text, and every text, fact and button title of its card.</summary>
    public static string Text(Activity activity)
    {
        var words = new List<string>();
        if (activity.Text is { } t) words.Add(t);
        foreach (var card in (activity.Attachments ?? []).Where(a => a.Content is not null)) Collect(Card(card), words);
        return string.Join("\n", words);
    }

    public string LastText => Text(Sent[^1]);

    /// <summary>The links (Action.OpenUrl) of an activity's cards: their titles and addresses.</summary>
    public static IReadOnlyList<(string Title, Uri Url)> Links(Activity activity) =>
        [.. (activity.Attachments ?? []).Where(a => a.Content is not null).SelectMany(a => LinksIn(a.Content!.DeepClone()))];

    private Activity Message() => new()
    {
        Type = ActivityTypes.Message, Id = $"in-{++_next}-{Guid.NewGuid():N}", ChannelId = channelId, ServiceUrl = "http://localhost/",
        From = new ChannelAccount { Id = login }, Recipient = new ChannelAccount { Id = "bot" },
        Conversation = new ConversationAccount { Id = Conversation }, Locale = "vi-VN",
    };

    /// <summary>
    /// The messages the service sent on its own (notifications, reminders) since the last call: on Direct Line they wait in the
    /// conversation's log, exactly where Web Chat reads them. Earlier messages re-sent because they were updated are not new.
    /// </summary>
    public async Task<IReadOnlyList<Activity>> NoticesAsync()
    {
        await using var scope = services.CreateAsyncScope();
        var entries = await scope.ServiceProvider.GetRequiredService<IConversationLog>().ReadAfterAsync(Conversation, _noticesRead, 1_000, TestContext.Current.CancellationToken);
        _noticesRead = entries.Count == 0 ? _noticesRead : entries[^1].Sequence;
        return [.. entries.Select(e => (e.Sequence, Activity: JsonSerializer.Deserialize<Activity>(e.Payload, BotJson.Options)!))
            .Where(e => e.Activity.Id == DirectLineActivityIds.Format(Conversation, e.Sequence)).Select(e => e.Activity)];
    }

    private string Conversation => $"conv-{login}";

    private async Task TurnAsync(Activity activity)
    {
        await using var scope = services.CreateAsyncScope();
        if (!_opened && channelId == "directline")
        {
            _opened = true;
            // As a Web Chat client's conversation is opened by its token, so proactive messages have a log to go to.
            var conversations = scope.ServiceProvider.GetRequiredService<IConversationLog>();
            if (await conversations.FindAsync(Conversation, TestContext.Current.CancellationToken) is null)
            {
                await conversations.OpenAsync(new ChatConversation
                {
                    Id = Conversation, ChannelId = channelId, OwnerAccountId = login, CreatedAt = DateTimeOffset.UnixEpoch,
                }, TestContext.Current.CancellationToken);
            }
        }

        await scope.ServiceProvider.GetRequiredService<BotTurnRunner>()
            .RunAsync(activity, LocalIdentity.Authenticate(login, channelId), _sender, TestContext.Current.CancellationToken);
    }

    private static JsonObject? Find(Activity activity, string title)
    {
        foreach (var card in (activity.Attachments ?? []).Where(a => a.Content is not null))
        {
            if (CardJson.FindSubmit(card.Content!.DeepClone(), title) is { } data) return data;
        }

        return activity.SuggestedActions?.Actions?.FirstOrDefault(a => a.Title == title)?.Value is { } v ? JsonNode.Parse(v.GetRawText())!.AsObject() : null;
    }

    private static IEnumerable<(string Title, Uri Url)> LinksIn(JsonNode node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "Action.OpenUrl" => [(o["title"]!.GetValue<string>(), new Uri(o["url"]!.GetValue<string>()))],
        JsonObject o => o.SelectMany(p => p.Value is null ? [] : LinksIn(p.Value)),
        JsonArray a => a.SelectMany(x => x is null ? [] : LinksIn(x)),
        _ => [],
    };

    private static void Collect(JsonElement e, List<string> words)
    {
        if (e.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in e.EnumerateObject())
            {
                if (p.Name is "text" or "title" or "value" or "label" && p.Value.ValueKind == JsonValueKind.String) words.Add(CardJson.Shown(p.Value.GetString()!));
                else Collect(p.Value, words);
            }
        }
        else if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var x in e.EnumerateArray()) Collect(x, words);
        }
    }
}
