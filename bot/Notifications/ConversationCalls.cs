using InternalTthc.Bot.Channels;
using InternalTthc.Bot.Channels.BotFramework.Connector;
using InternalTthc.Bot.Channels.BotFramework.Schema;
using InternalTthc.Bot.Channels.BotFramework.Turns;
using InternalTthc.Core.Notifications;
using InternalTthc.Core.Store;

namespace InternalTthc.Bot.Notifications;

/// <summary>
/// One proactive call into a stored conversation (send a message, update a card), its failure turned into what the
/// outbox needs to decide: retry, give up on the message, or mark the person blocked. Each call waits for the channel's
/// send rate (<see cref="SendRateLimiter"/>), so a burst of reminders never goes out faster than the channel allows.
/// </summary>
public sealed class ConversationCalls(ProactiveTurns proactive, IUnitOfWork unit, SendRateLimiter rate, SendClaims claims)
{
    /// <summary>Null when the channel took the call; why not otherwise.</summary>
    public Task<ConnectorFailure?> TryAsync(ConversationReference reference, Func<ITurnContext, CancellationToken, Task> call, CancellationToken ct) =>
        TryAsync(reference, null, call, null, ct);

    /// <summary>
    /// Like <see cref="TryAsync(ConversationReference, Func{ITurnContext, CancellationToken, Task}, CancellationToken)"/>, then
    /// <paramref name="taken"/> once the channel took the call. Where the channel is our own store (Direct Line) both are one
    /// transaction: a crash between them leaves neither, so the message is never shown twice. Over HTTP (Teams) the call cannot
    /// be undone: a crash after it and before <paramref name="taken"/> commits means the message may be sent again.
    /// With an outbox row (<paramref name="sending"/>), the call is made only under its send claim (<see cref="SendClaims"/>).
    /// </summary>
    public async Task<ConnectorFailure?> TryAsync(
        ConversationReference reference, OutboxMessage? sending, Func<ITurnContext, CancellationToken, Task> call, Func<CancellationToken, Task>? taken,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reference);
        Task Send(CancellationToken token) => proactive.ContinueConversationAsync(reference, call, token);
        // Before the transaction of a store channel, so no write lock is held while waiting; the token comes back when the call ended.
        using var permit = await rate.WaitAsync(reference.ChannelId ?? "", ct);
        return ChannelRegistry.For(reference.ChannelId).SendsToStore
            ? await unit.RunAsync(async token =>
            {
                if (sending is not null) await claims.HoldAsync(sending, token);
                return await CallAsync(Send, taken, token);
            }, ct)
            : await CallAsync(sending is null ? Send : token => claims.SendWhileYoungAsync(sending, Send, token), taken, ct);
    }

    private static async Task<ConnectorFailure?> CallAsync(Func<CancellationToken, Task> send, Func<CancellationToken, Task>? taken, CancellationToken ct)
    {
        try
        {
            await send(ct);
        }
        // InvalidOperationException: a stored reference the sender cannot address, or a message our own Direct Line lacks;
        // ChannelDeliveryException: a channel's API refused it (Zalo's error codes); TimeoutException: no answer within Outbox:SendTimeout.
        catch (Exception e) when (e is ConnectorException or HttpRequestException or InvalidOperationException or ChannelDeliveryException or TimeoutException)
        {
            return ConnectorFailure.From(e);
        }

        if (taken is not null)
        {
            await taken(ct);
        }

        return null;
    }
}
