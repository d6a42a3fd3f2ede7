using System.Text.Json;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Channels.BotFramework.Turns;
using InternalTthc.Core.Notifications;

namespace InternalTthc.Bot.Notifications;

/// <summary>
/// Keeps a reply the channel could not take in the outbox (topic <see cref="Topic"/>), ordered per conversation, for
/// <see cref="KeptReplyHandler"/> to send when the channel is back.
/// </summary>
public sealed class OutboxReplyKeeper(IOutboxStore outbox, TimeProvider clock) : IReplyKeeper
{
    public const string Topic = "channel.reply";

    public async Task KeepAsync(Activity reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var now = clock.GetUtcNow();
        var id = Guid.NewGuid();
        await outbox.AddAsync([new OutboxMessage
        {
            Id = id,
            Topic = Topic,
            Payload = JsonSerializer.Serialize(reply, BotJson.Options),
            IdempotencyKey = $"{Topic}:{id:N}",
            OrderKey = $"{Topic}:{reply.ServiceUrl}|{reply.Conversation?.Id}",
            CreatedAt = now,
            NextAttemptAt = now,
        }], cancellationToken);
    }
}
