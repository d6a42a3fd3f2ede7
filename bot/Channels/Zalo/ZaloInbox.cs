using InternalTthc.Core.Notifications;
using Microsoft.Extensions.Options;

namespace InternalTthc.Bot.Channels.Zalo;

/// <summary>
/// Keeps each webhook event, as received, before the webhook answers 200: a row of the outbox's durable queue (topic
/// <see cref="Topic"/>, unique by the event's message id), so its leases, per-user order, retries and dead letters are the
/// outbox's and nothing is lost if the process stops after the answer. <see cref="ZaloEventHandler"/> processes it.
/// </summary>
public sealed class ZaloInbox(IOutboxStore outbox, IOptions<ZaloOptions> options, TimeProvider clock)
{
    public const string Topic = "zalo.event";

    public async Task<ZaloInboxResult> KeepAsync(ZaloEvent e, string body, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        var key = $"{Topic}:{e.Key}";
        var now = clock.GetUtcNow();
        var row = new OutboxMessage
        {
            Topic = Topic,
            Payload = body,
            IdempotencyKey = key,
            // One person's events in the order Zalo stamped them; his replies have a key of their own.
            OrderKey = $"{Topic}:{e.UserId}",
            CreatedAt = e.At,
            // The echo of the bot's own message is known once its send is recorded: looked at a little later.
            NextAttemptAt = e.Kind == ZaloEventKind.OaEcho ? now + options.Value.EchoGrace : now,
        };
        OutboxMessage? held;
        try
        {
            if (await outbox.AddAsync([row], ct) == 1)
            {
                return ZaloInboxResult.Kept;
            }

            held = await outbox.FindAsync(key, ct);
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            // The same event may have reached another instance at the same moment, which kept it first; else the store is down.
            held = await outbox.FindAsync(key, ct);
            if (held is null) throw;
        }

        return held?.Payload == body ? ZaloInboxResult.Redelivered : ZaloInboxResult.Replayed;
    }
}
