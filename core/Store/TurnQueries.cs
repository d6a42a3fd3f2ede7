using InternalTthc.Core.Cases;
using InternalTthc.Core.Conversations;
using InternalTthc.Core.Directory;
using InternalTthc.Core.Handoff;
using InternalTthc.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace InternalTthc.Core.Store;

/// <summary>
/// The reads every turn makes, and those of a filing's turn and of the case cards it draws, compiled once (building and looking up a query's expression tree cost about as much as
/// running it). One per service provider, not static: a compiled query is bound to the model (the engine) it first ran on.
/// </summary>
internal sealed class TurnQueries
{
    public Func<TthcDbContext, string, string, CancellationToken, Task<Sighted?>> See { get; } = EF.CompileAsyncQuery(
        (TthcDbContext db, string channelId, string accountId, CancellationToken _) => (
            from a in db.ChannelAccounts.AsNoTracking()
            where a.ChannelId == channelId && a.AccountId == accountId
            from p in db.People.Where(p => p.Id == a.PersonId && p.Active).DefaultIfEmpty()
            from u in db.Units.Where(u => u.Id == p!.UnitId).DefaultIfEmpty()
            select new Sighted(a, p, u, db.RoleAssignments.Where(r => r.PersonId == p!.Id).ToList(),
                db.OutboxMessages.Any(m => m.RecipientId == p!.Id && m.Status == OutboxStatus.AwaitingContact))).FirstOrDefault());

    public Func<TthcDbContext, string[], IAsyncEnumerable<StoredState>> StatesByKeys { get; } = EF.CompileAsyncQuery(
        (TthcDbContext db, string[] keys) => db.ConversationStates.AsNoTracking().Where(s => keys.Contains(s.Key)));

    public Func<TthcDbContext, Guid, string, string, IAsyncEnumerable<HandoffRequest>> HandoffsInConversation { get; } = EF.CompileAsyncQuery(
        (TthcDbContext db, Guid personId, string channelId, string conversationId) => db.Handoffs.AsNoTracking().Where(h =>
            (h.AgentId == personId && h.AgentChannelId == channelId && h.AgentConversationId == conversationId && h.Status == HandoffStatus.Active)
            || (h.ChannelId == channelId && h.ConversationId == conversationId && h.Status != HandoffStatus.Ended)));

    /// <summary>A directory unit by its code, tracked as a context's own look-up would be (a filing's routing reads one or two).</summary>
    public Func<TthcDbContext, string, CancellationToken, Task<Unit?>> UnitByCode { get; } = EF.CompileAsyncQuery(
        (TthcDbContext db, string code, CancellationToken _) => db.Units.FirstOrDefault(u => u.Code == code));

    /// <summary>The case's other cards still shown in a conversation, besides the message just recorded (a case card's turn).</summary>
    public Func<TthcDbContext, Guid, string, string, string, IAsyncEnumerable<ShownBeside>> ShownBesideCard { get; } = EF.CompileAsyncQuery(
        (TthcDbContext db, Guid caseId, string channelId, string conversationId, string activityId) => db.ShownCaseCards.AsNoTracking()
            .Where(c => c.CaseId == caseId && c.ChannelId == channelId && c.ConversationId == conversationId && c.ActivityId != activityId
                && c.SupersededAt == null)
            .Select(c => new ShownBeside(c.Id, c.ShownAt)));

    /// <summary>A case with its timeline, tracked (to be changed and saved): a card drawn, a notification, an action.</summary>
    public Func<TthcDbContext, Guid, CancellationToken, Task<Case?>> CaseById { get; } = EF.CompileAsyncQuery(
        (TthcDbContext db, Guid id, CancellationToken _) => db.Cases.Include(c => c.Timeline).FirstOrDefault(c => c.Id == id));

    /// <summary>A case's version alone: whether a card just shown was drawn before a change committed meanwhile.</summary>
    public Func<TthcDbContext, Guid, CancellationToken, Task<int?>> CaseVersion { get; } = EF.CompileAsyncQuery(
        (TthcDbContext db, Guid id, CancellationToken _) => db.Cases.AsNoTracking().Where(c => c.Id == id).Select(c => (int?)c.Version).FirstOrDefault());

    internal sealed record ShownBeside(Guid Id, DateTimeOffset ShownAt);

    internal sealed record Sighted(ChannelAccount Account, Person? Person, Unit? Unit, List<RoleAssignment> Roles, bool Awaits);
}
