using System.Text.Json;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Core.Notifications;

namespace InternalTthc.Bot.Channels.Zalo;

/// <summary>
/// Sends one queued Zalo message (topic <see cref="ZaloOutbox.Topic"/>) and tells the outbox what Zalo's answer means:
/// retry (an outage, a rate limit, after the one token renewal the client makes), hold it for the person's next message
/// (-230), stop (he blocked the OA), or a dead letter with the reason (a message Zalo will never take). It sends only under the
/// row's send claim (<see cref="SendClaims"/>), so two instances never send one row at once.
/// </summary>
public sealed class ZaloMessageHandler(ZaloApiClient client, IDeliveryLog log, SendClaims claims, TimeProvider clock, ILogger<ZaloMessageHandler> logger) : IOutboxHandler
{
    public async Task<OutboxResult> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (await log.WasSentAsync(message.Id, cancellationToken))
        {
            return OutboxResult.Done();
        }

        if (JsonSerializer.Deserialize<ZaloQueuedMessage>(message.Payload, BotJson.Options) is not { } queued)
        {
            return OutboxResult.Failed("Unreadable Zalo message.");
        }

        try
        {
            await claims.SendWhileYoungAsync(message, ct => client.SendAsync(queued.UserId, queued.Message, ct), cancellationToken);
        }
        catch (ZaloApiException e)
        {
            await RecordAsync(message, DeliveryOutcome.Failed, e.Message, cancellationToken);
            return Outcome(message, e);
        }

        await RecordAsync(message, DeliveryOutcome.Sent, null, cancellationToken);
        return OutboxResult.Done();
    }

    private OutboxResult Outcome(OutboxMessage message, ZaloApiException e)
    {
        if (e.Code == -211)
        {
            logger.LogError("Zalo: the OA is out of message quota; messages wait and are tried again ({Detail}).", e.Message);
        }

        return e switch
        {
            { AwaitsContact: true } when message.RecipientId is not null => OutboxResult.AwaitingContact(e.Message),
            { AwaitsContact: true } => OutboxResult.Cancelled(e.Message + " The user is linked to nobody whose next message could release it."),
            { BlockedReason: not null } => OutboxResult.Blocked(e.Message),
            { Permanent: true } => OutboxResult.Failed(e.Message),
            _ => OutboxResult.Retry(e.Message, e.RetryAfter),
        };
    }

    private Task RecordAsync(OutboxMessage message, DeliveryOutcome outcome, string? detail, CancellationToken ct) =>
        log.RecordAsync(new DeliveryRecord
        {
            OutboxMessageId = message.Id, PersonId = message.RecipientId, ChannelId = ChannelIds.Zalo, Outcome = outcome, At = clock.GetUtcNow(), Detail = detail,
        }, ct);
}
