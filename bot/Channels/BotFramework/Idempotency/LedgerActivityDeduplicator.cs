using InternalTthc.Core.Conversations;

namespace InternalTthc.Bot.Channels.BotFramework.Idempotency;

/// <summary>The deduplicator on the store's inbound ledger: a redelivery is caught by any instance, after a restart too.</summary>
public sealed class LedgerActivityDeduplicator(IServiceScopeFactory scopes, TimeProvider clock) : IActivityDeduplicator
{
    public async Task<bool> TryBeginAsync(string channelId, string activityId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IInboundLedger>().TryRecordAsync(channelId, activityId, clock.GetUtcNow(), cancellationToken);
    }

    public async Task ReleaseAsync(string channelId, string activityId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IInboundLedger>().ForgetAsync(channelId, activityId, cancellationToken);
    }
}
