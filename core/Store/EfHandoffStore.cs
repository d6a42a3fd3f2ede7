using InternalTthc.Core.Handoff;
using InternalTthc.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace InternalTthc.Core.Store;

internal sealed class EfHandoffStore(TthcDbContext db, OutboxSignal signal, TurnQueries queries, SqliteTurnReads sqlite, PostgresTurnReads postgres) : IHandoffStore
{
    private IQueryable<HandoffRequest> Requests => db.Handoffs.AsNoTracking();

    public async Task AddAsync(HandoffRequest handoff, IReadOnlyCollection<OutboxMessage> rows, CancellationToken ct)
    {
        postgres.ForgetHandoffs();
        db.Handoffs.Add(handoff);
        db.OutboxMessages.AddRange(rows);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        signal.Notify();
    }

    public Task<HandoffRequest?> FindAsync(Guid id, CancellationToken ct) => Requests.FirstOrDefaultAsync(h => h.Id == id, ct);

    public Task<HandoffRequest?> FindOpenAsync(string channelId, string conversationId, CancellationToken ct) =>
        Requests.Where(h => h.ChannelId == channelId && h.ConversationId == conversationId && h.Status != HandoffStatus.Ended)
            .OrderByDescending(h => h.RequestedAt).FirstOrDefaultAsync(ct);

    public async Task<ConversationHandoffs> FindInConversationAsync(Guid personId, string channelId, string conversationId, CancellationToken ct)
    {
        // Every turn of a linked person asks: one compiled query for both sides, told apart here (a conversation has few requests).
        // On SQLite a prepared check first: most conversations have none, and then no rows are read; on PostgreSQL that check
        // went with the turn's sighting.
        if ((sqlite.Applies && !sqlite.AnyHandoff(personId, channelId, conversationId))
            || (postgres.Applies && postgres.KnowsNoHandoff(personId, channelId, conversationId)))
        {
            return new ConversationHandoffs(null, null);
        }

        var found = new List<HandoffRequest>();
        await foreach (var request in queries.HandoffsInConversation(db, personId, channelId, conversationId).WithCancellation(ct))
        {
            found.Add(request);
        }

        var held = found.Where(h => h.AgentId == personId && h.AgentChannelId == channelId && h.AgentConversationId == conversationId && h.Status == HandoffStatus.Active)
            .OrderByDescending(h => h.TakenAt).FirstOrDefault();
        var open = found.Where(h => h.ChannelId == channelId && h.ConversationId == conversationId && h.Status != HandoffStatus.Ended)
            .OrderByDescending(h => h.RequestedAt).FirstOrDefault();
        return new ConversationHandoffs(held, open);
    }

    public async Task<IReadOnlyList<HandoffRequest>> ListOpenAsync(IReadOnlyCollection<Guid> agencyIds, CancellationToken ct) =>
        [.. (await Requests.Where(h => agencyIds.Contains(h.AgencyId) && h.Status != HandoffStatus.Ended).ToListAsync(ct)).OrderBy(h => h.RequestedAt)];

    public async Task<IReadOnlyList<HandoffRequest>> ListForCaseAsync(Guid caseId, CancellationToken ct) =>
        [.. (await Requests.Where(h => h.CaseId == caseId).ToListAsync(ct)).OrderBy(h => h.RequestedAt)];

    public async Task<bool> TryTakeAsync(Guid id, Guid agentId, string? agentChannelId, string? agentConversationId, DateTimeOffset now, CancellationToken ct)
    {
        postgres.ForgetHandoffs();
        // One UPDATE guarded by the state it leaves: of two agents pressing at once, the engine lets exactly one row change.
        return await db.Handoffs.Where(h => h.Id == id && h.Status == HandoffStatus.Waiting).ExecuteUpdateAsync(s => s
            .SetProperty(h => h.Status, HandoffStatus.Active).SetProperty(h => h.AgentId, agentId)
            .SetProperty(h => h.AgentChannelId, agentChannelId).SetProperty(h => h.AgentConversationId, agentConversationId)
            .SetProperty(h => h.TakenAt, now).SetProperty(h => h.LastAgentMessageAt, now), ct) == 1;
    }

    public async Task<bool> TryTransferAsync(Guid id, Guid fromAgentId, Guid toAgentId, string? agentChannelId, string? agentConversationId, DateTimeOffset now, CancellationToken ct)
    {
        postgres.ForgetHandoffs();
        return await db.Handoffs.Where(h => h.Id == id && h.Status == HandoffStatus.Active && h.AgentId == fromAgentId).ExecuteUpdateAsync(s => s
            .SetProperty(h => h.AgentId, toAgentId).SetProperty(h => h.AgentChannelId, agentChannelId)
            .SetProperty(h => h.AgentConversationId, agentConversationId).SetProperty(h => h.LastAgentMessageAt, now), ct) == 1;
    }

    public async Task<bool> TryEndAsync(Guid id, HandoffEnd reason, DateTimeOffset now, CancellationToken ct) =>
        await db.Handoffs.Where(h => h.Id == id && h.Status != HandoffStatus.Ended).ExecuteUpdateAsync(s => s
            .SetProperty(h => h.Status, HandoffStatus.Ended).SetProperty(h => h.EndReason, reason).SetProperty(h => h.EndedAt, now), ct) == 1;

    public Task TouchAgentAsync(Guid id, DateTimeOffset now, CancellationToken ct) =>
        db.Handoffs.Where(h => h.Id == id).ExecuteUpdateAsync(s => s.SetProperty(h => h.LastAgentMessageAt, now), ct);

    public Task AttachCaseAsync(Guid id, Guid caseId, CancellationToken ct) =>
        db.Handoffs.Where(h => h.Id == id).ExecuteUpdateAsync(s => s.SetProperty(h => h.CaseId, caseId), ct);

    public Task SetToldAsync(Guid id, string? statusActivityId, int place, CancellationToken ct) =>
        db.Handoffs.Where(h => h.Id == id).ExecuteUpdateAsync(s => s.SetProperty(h => h.StatusActivityId, statusActivityId).SetProperty(h => h.ToldPlace, place), ct);

    public async Task<IReadOnlyList<TimeSpan>> RecentWaitsAsync(Guid agencyId, int count, CancellationToken ct)
    {
        var taken = await Requests.Where(h => h.AgencyId == agencyId && h.TakenAt != null && h.Reason != HandoffReason.AgentTookOver)
            .Select(h => new { h.RequestedAt, h.TakenAt }).ToListAsync(ct);
        return [.. taken.OrderByDescending(h => h.TakenAt).Take(count).Select(h => h.TakenAt!.Value - h.RequestedAt)];
    }

    public async Task AppendAsync(HandoffMessage message, CancellationToken ct)
    {
        db.HandoffMessages.Add(message);
        await db.SaveChangesAsync(ct);
        db.Entry(message).State = EntityState.Detached;
    }

    public async Task<IReadOnlyList<HandoffMessage>> TranscriptAsync(Guid handoffId, CancellationToken ct) =>
        [.. (await db.HandoffMessages.AsNoTracking().Where(m => m.HandoffId == handoffId).ToListAsync(ct)).OrderBy(m => m.At)];

    public async Task AddOfferAsync(HandoffOffer offer, CancellationToken ct)
    {
        db.HandoffOffers.Add(offer);
        await db.SaveChangesAsync(ct);
        db.Entry(offer).State = EntityState.Detached;
    }

    public async Task<IReadOnlyList<HandoffOffer>> OffersAsync(Guid handoffId, CancellationToken ct) =>
        await db.HandoffOffers.AsNoTracking().Where(o => o.HandoffId == handoffId).ToListAsync(ct);

    public async Task SetPresenceAsync(Guid personId, bool online, DateTimeOffset now, CancellationToken ct) =>
        await db.UpsertAsync(p => p.PersonId == personId, new AgentPresence { PersonId = personId, Online = online, ChangedAt = now }, stored =>
        {
            stored.Online = online;
            stored.ChangedAt = now;
        }, ct);

    public async Task<IReadOnlySet<Guid>> OnlineAsync(IReadOnlyCollection<Guid> personIds, CancellationToken ct) =>
        (await db.AgentPresence.AsNoTracking().Where(p => personIds.Contains(p.PersonId) && p.Online).Select(p => p.PersonId).ToListAsync(ct)).ToHashSet();
}
