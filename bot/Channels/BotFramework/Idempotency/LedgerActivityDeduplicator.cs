using InternalTthc.Core.Conversations;

namespace InternalTthc.Bot.Channels.BotFramework.Idempotency;

/// <summary>
/// The deduplicator on the store's inbound ledger: a redelivery is caught by any instance, after a restart too. Scoped: an
/// activity is recorded on the turn's own store context (one scope fewer per turn); a failed turn's release takes a fresh one.
/// </summary>
public sealed class LedgerActivityDeduplicator(IInboundLedger ledger, IServiceScopeFactory scopes, TimeProvider clock) : IActivityDeduplicator
{
    public Task<bool> TryBeginAsync(string channelId, string activityId, string? senderId, CancellationToken cancellationToken) =>
        senderId is { Length: > 0 }
            ? ledger.TryRecordTurnAsync(channelId, activityId, senderId, clock.GetUtcNow(), cancellationToken)
            : ledger.TryRecordAsync(channelId, activityId, clock.GetUtcNow(), cancellationToken);

    public async Task ReleaseAsync(string channelId, string activityId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IInboundLedger>().ForgetAsync(channelId, activityId, cancellationToken);
    }
}
