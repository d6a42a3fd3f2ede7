using System.Text.Json;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Core.Notifications;

namespace InternalTthc.Bot.Channels.Zalo;

/// <summary>
/// Turns the bot's activities into Zalo messages and queues them in the outbox (topic <see cref="Topic"/>), one row each,
/// in one order per user (<see cref="ZaloMessageHandler"/> sends them); the choices they offer are recorded first.
/// </summary>
public sealed class ZaloOutbox(ZaloMessageBuilder builder, ZaloUserStates states, IOutboxStore outbox, TimeProvider clock)
{
    public const string Topic = "zalo.message";

    /// <summary>The activity's messages, each with the moment it takes its place in the user's order; its choices are recorded.</summary>
    public async Task<IReadOnlyList<(ZaloMessage Message, DateTimeOffset At)>> PrepareAsync(string userId, Activity activity, CancellationToken ct)
    {
        var outgoing = builder.Build(activity);
        var moments = await states.RecordAsync(userId, outgoing.Numbered, outgoing.Payloads, outgoing.Messages.Count, ct);
        return [.. outgoing.Messages.Zip(moments)];
    }

    /// <param name="key">Unique per message: a turn's replies are keyed by the event and their place, so a turn run again queues nothing twice.</param>
    /// <param name="recipientId">The person the user is linked to, so a message held for his next contact is released by it.</param>
    public Task QueueAsync(string userId, IReadOnlyList<(ZaloMessage Message, DateTimeOffset At)> messages, Func<int, string> key, Guid? recipientId, CancellationToken ct) =>
        messages.Count == 0 ? Task.CompletedTask : outbox.AddAsync([.. messages.Select((m, i) => new OutboxMessage
        {
            Topic = Topic,
            RecipientId = recipientId,
            OrderKey = $"{Topic}:{userId}",
            Payload = JsonSerializer.Serialize(new ZaloQueuedMessage(userId, m.Message), BotJson.Options),
            IdempotencyKey = $"{Topic}:{key(i)}",
            // The moment orders the user's messages; each is due at once, behind the earlier ones of his key.
            CreatedAt = m.At,
            NextAttemptAt = clock.GetUtcNow(),
        })], ct);

    /// <summary>The Zalo user an addressed activity goes to: its conversation is the user's own.</summary>
    public static string UserOf(Activity activity) =>
        activity.Conversation?.Id is { Length: > 0 } id ? id : throw new InvalidOperationException("A Zalo activity needs its conversation (the user's id).");
}
